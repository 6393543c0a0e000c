CREATE TABLE orders (
    id int PRIMARY KEY,
    status text NOT NULL,
    priority int NOT NULL,
    CONSTRAINT orders_status_check CHECK (status IN ('new', 'paid', 'shipped')),
    CONSTRAINT orders_priority_check CHECK (priority IN (1, 2, 3)),
    CONSTRAINT orders_status_not_bad CHECK (status NOT IN ('lost', 'stolen'))
);
CREATE INDEX orders_open_idx ON orders (id) WHERE status IN ('new', 'paid');
