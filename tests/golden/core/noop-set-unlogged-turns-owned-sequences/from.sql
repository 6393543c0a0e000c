CREATE UNLOGGED TABLE import_staging (
    id serial PRIMARY KEY,
    batch integer
);
CREATE UNLOGGED SEQUENCE import_batch_seq OWNED BY import_staging.batch;
CREATE UNLOGGED SEQUENCE ticket_numbers;
