-- case: dropping a primary key keeps the rows and leaves the column NOT NULL (PostgreSQL made it NOT NULL when the PK was created and does not undo that).
CREATE TABLE raw_events (
    id bigint NOT NULL,
    payload jsonb
);
