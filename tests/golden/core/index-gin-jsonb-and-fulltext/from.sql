CREATE TABLE documents (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    body text NOT NULL,
    meta jsonb NOT NULL DEFAULT '{}'::jsonb,
    labels text[]
);
