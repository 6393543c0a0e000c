CREATE TABLE orders (
    id bigint PRIMARY KEY,
    amount_cents integer NOT NULL
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
