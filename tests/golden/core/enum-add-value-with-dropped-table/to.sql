-- case: a label added to an enum while a table using it is dropped: the new label is committed first, before the transaction that drops the table (adding a label breaks nothing that uses the type, so it does not wait for that drop).
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'on_hold', 'shipped');
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    status order_status NOT NULL
);
