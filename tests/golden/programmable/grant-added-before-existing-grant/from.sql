CREATE TABLE surprises (
    id bigint PRIMARY KEY,
    title text NOT NULL
);

GRANT SELECT, INSERT ON surprises TO app_writer;
