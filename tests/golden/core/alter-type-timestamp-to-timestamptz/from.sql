CREATE TABLE orders (
    id bigint PRIMARY KEY,
    placed_at timestamp NOT NULL DEFAULT now(),
    shipped_at timestamp without time zone
);
