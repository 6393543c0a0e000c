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
    AFTER INSERT OR UPDATE ON orders
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    EXECUTE FUNCTION check_order_total();
