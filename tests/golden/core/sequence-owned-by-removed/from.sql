CREATE SEQUENCE order_number_seq START WITH 1000;

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    order_number bigint NOT NULL DEFAULT nextval('order_number_seq'::regclass)
);

ALTER SEQUENCE order_number_seq OWNED BY orders.order_number;
