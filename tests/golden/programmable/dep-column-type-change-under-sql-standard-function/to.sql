-- case: a BEGIN ATOMIC function depends on the table columns it reads, so retyping one (integer to bigint) requires dropping the unchanged function first and recreating it after the ALTER (its body is bound again: the sum is now numeric, cast to the declared bigint); the $$ function records no such dependency and is untouched.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    amount_cents bigint NOT NULL
);

CREATE FUNCTION revenue_cents() RETURNS bigint
    LANGUAGE sql
    STABLE
    BEGIN ATOMIC
        SELECT coalesce(sum(amount_cents), 0) FROM orders;
    END;

CREATE FUNCTION order_count() RETURNS bigint
    LANGUAGE sql
    STABLE
    AS $$ SELECT count(*) FROM orders $$;
