CREATE FUNCTION to_cents(amount numeric) RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT
    RETURN round(amount * 100)::bigint;

CREATE FUNCTION to_cents(amount text) RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT
    RETURN round(amount::numeric * 100)::bigint;

CREATE FUNCTION to_cents(amount integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT
    RETURN amount::bigint * 100;
