-- case: function bodies that contain schemac's own dollar-quote tags ($function$, $function1$) or end in "$function" must still be quoted so the body round-trips unchanged.
CREATE TABLE labels (
    id int PRIMARY KEY,
    tag text NOT NULL
);

CREATE FUNCTION tag_dollar() RETURNS text
    LANGUAGE sql
    IMMUTABLE
    AS $q$ SELECT '$function$ and $function1$'::text $q$;

CREATE FUNCTION tag_suffix() RETURNS text
    LANGUAGE plpgsql
    IMMUTABLE
    AS $q$
BEGIN
    RETURN 'x';
END; --$function$q$;
