CREATE TABLE memory_fragments (
    id bigint PRIMARY KEY,
    owner_id uuid NOT NULL,
    body text NOT NULL
);

GRANT SELECT, INSERT, UPDATE, DELETE ON memory_fragments TO app_writer;
