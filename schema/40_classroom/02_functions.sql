-- Functions needed before the tables (column defaults).

-- Random class code from an alphabet without look-alike characters (no 0/O, 1/I/L). The
-- UNIQUE constraint on classroom.class_code is the real guarantee; the application retries on
-- the (rare) collision. 31^7 ~ 2.7e10 codes.
CREATE FUNCTION classroom.generate_class_code()
    RETURNS text
    LANGUAGE sql
    VOLATILE
AS $$
    SELECT string_agg(substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', 1 + floor(random() * 31)::integer, 1), '')
      FROM generate_series(1, 7)
$$;

COMMENT ON FUNCTION classroom.generate_class_code() IS 'Default for classroom.class_code: 7 random unambiguous characters.';
