-- case: creating an IMMUTABLE SQL-language function (named arguments, $$ body) is one CREATE FUNCTION step and the function works on existing rows.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    first_name text NOT NULL,
    last_name text
);

CREATE FUNCTION public.full_name(first_name text, last_name text)
    RETURNS text
    LANGUAGE sql
    IMMUTABLE
    AS $$
        SELECT trim(first_name || ' ' || coalesce(last_name, ''))
    $$;
