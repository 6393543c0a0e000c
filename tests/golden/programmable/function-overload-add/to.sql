-- case: an overload with the same name but different argument types (interval) is a separate function: it is created alone and the integer version, with its grant, is untouched.
CREATE FUNCTION format_duration(seconds integer) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    STRICT
    AS $$ SELECT (seconds / 60) || ' min' $$;

CREATE FUNCTION public.format_duration(d interval) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    STRICT
    AS $$ SELECT (extract(epoch FROM d)::integer / 60) || ' min' $$;

GRANT EXECUTE ON FUNCTION format_duration(integer) TO app_reader;
