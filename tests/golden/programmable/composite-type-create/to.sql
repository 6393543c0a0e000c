-- case: a composite type is created before the column that uses it and the functions that take and return it (one SQL, one PL/pgSQL); a comment on the type is added.
CREATE TYPE public.money_amount AS (
    cents bigint,
    currency char(3)
);

COMMENT ON TYPE money_amount IS 'Amount in minor units with ISO currency';

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    total_cents bigint NOT NULL,
    refund money_amount
);

CREATE FUNCTION money_add(a money_amount, b money_amount) RETURNS money_amount
    LANGUAGE plpgsql
    IMMUTABLE
    STRICT
AS $$
BEGIN
    IF a.currency <> b.currency THEN
        RAISE EXCEPTION 'currency mismatch: % vs %', a.currency, b.currency;
    END IF;
    RETURN ROW(a.cents + b.cents, a.currency)::public.money_amount;
END;
$$;

CREATE FUNCTION money_format(m money_amount) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    RETURN to_char((m).cents / 100.0, 'FM999999990.00') || ' ' || (m).currency;
