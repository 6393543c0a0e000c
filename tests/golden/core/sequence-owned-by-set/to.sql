-- case: attaching an existing standalone sequence to a column with ALTER SEQUENCE ... OWNED BY keeps its position and the default.
CREATE SEQUENCE order_number_seq START WITH 1000;

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    order_number bigint NOT NULL DEFAULT nextval('order_number_seq')
);

ALTER SEQUENCE order_number_seq OWNED BY orders.order_number;
