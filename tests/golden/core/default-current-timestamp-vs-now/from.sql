CREATE TABLE audit (
    id bigint PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamptz NOT NULL DEFAULT now(),
    seen_on date DEFAULT current_date
);
