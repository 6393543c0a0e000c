-- case: changing only volatility (STABLE to IMMUTABLE) and null handling (STRICT) is ALTER FUNCTION, not a recreate; the function's OID and body are kept.
CREATE FUNCTION slugify(title text) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    STRICT
    AS $$ SELECT lower(regexp_replace(trim(title), '[^A-Za-z0-9]+', '-', 'g')) $$;
