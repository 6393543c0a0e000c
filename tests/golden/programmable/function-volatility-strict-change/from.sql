CREATE FUNCTION slugify(title text) RETURNS text
    LANGUAGE sql
    STABLE
    AS $$ SELECT lower(regexp_replace(trim(title), '[^A-Za-z0-9]+', '-', 'g')) $$;
