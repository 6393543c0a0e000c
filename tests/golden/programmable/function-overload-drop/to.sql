-- case: dropping one overload (to_cents(text)) drops exactly that signature; the numeric and integer overloads stay.
CREATE FUNCTION to_cents(amount numeric) RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT
    RETURN round(amount * 100)::bigint;

CREATE FUNCTION to_cents(amount integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT
    RETURN amount::bigint * 100;
