-- case: ALTER TABLE ... SET UNLOGGED in a schema file turns the sequences the table owns, as PostgreSQL does, and ALTER SEQUENCE ... SET UNLOGGED is read; both spellings are an empty diff.
CREATE TABLE import_staging (
    id serial PRIMARY KEY,
    batch integer
);
CREATE SEQUENCE import_batch_seq OWNED BY import_staging.batch;
ALTER TABLE import_staging SET UNLOGGED;
CREATE SEQUENCE ticket_numbers;
ALTER SEQUENCE ticket_numbers SET UNLOGGED;
