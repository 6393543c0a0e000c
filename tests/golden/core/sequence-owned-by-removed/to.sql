-- case: detaching a sequence from its column (OWNED BY NONE) keeps the sequence position, the default and the rows.
CREATE SEQUENCE order_number_seq START WITH 1000 OWNED BY NONE;

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    order_number bigint NOT NULL DEFAULT nextval('order_number_seq'::regclass)
);
