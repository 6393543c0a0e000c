-- case: CURRENT_TIMESTAMP and now() are stored and printed back differently by PostgreSQL, so swapping them is a real (if harmless) default change in both directions.
CREATE TABLE audit (
    id bigint PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    seen_on date DEFAULT CURRENT_DATE
);
