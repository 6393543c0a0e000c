-- case: converting timestamp columns to timestamptz keeps the rows (values interpreted in the session time zone) and the now() default.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    placed_at timestamptz NOT NULL DEFAULT now(),
    shipped_at timestamp with time zone
);
