-- case: a constraint trigger cannot be replaced (CREATE OR REPLACE CONSTRAINT TRIGGER is not supported), so changing it (INITIALLY DEFERRED to INITIALLY IMMEDIATE, UPDATE narrowed to UPDATE OF total_cents) is DROP TRIGGER + CREATE CONSTRAINT TRIGGER.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    total_cents bigint NOT NULL
);

CREATE TABLE order_lines (
    order_id bigint NOT NULL REFERENCES orders (id),
    cents bigint NOT NULL
);

CREATE FUNCTION check_order_total() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER orders_total_matches
    AFTER INSERT OR UPDATE OF total_cents ON orders
    DEFERRABLE INITIALLY IMMEDIATE
    FOR EACH ROW
    EXECUTE FUNCTION check_order_total();
