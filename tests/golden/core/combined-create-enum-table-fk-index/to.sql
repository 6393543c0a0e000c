-- case: one change creates an enum, a table using it, a second table with a FK to the first, a partial index and comments; statements must be ordered enum, referenced table, referencing table, FK, indexes, comments.
CREATE TABLE public.settings (
    key text PRIMARY KEY,
    value text
);

CREATE TYPE order_state AS ENUM ('cart', 'placed', 'paid', 'cancelled');

CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    state order_state NOT NULL DEFAULT 'cart',
    total numeric(12, 2) NOT NULL DEFAULT 0 CHECK (total >= 0),
    placed_at timestamptz
);

CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE INDEX orders_open_idx ON orders (placed_at DESC) WHERE state IN ('placed', 'paid');
COMMENT ON TABLE orders IS 'Customer orders';
COMMENT ON TYPE order_state IS 'Lifecycle of an order';
