CREATE FUNCTION format_duration(seconds integer) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    STRICT
    AS $$ SELECT (seconds / 60) || ' min' $$;

GRANT EXECUTE ON FUNCTION format_duration(integer) TO app_reader;
