-- case: dropping a named index (with a comment), an unnamed index (PostgreSQL named it logs_logged_at_idx) and a partial unique expression index keeps the table data.
CREATE TABLE logs (
    id bigint PRIMARY KEY,
    level text NOT NULL,
    logged_at timestamptz NOT NULL,
    message text
);
