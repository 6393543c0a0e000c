CREATE SEQUENCE import_batch_seq;
CREATE TABLE import_staging (
    id bigserial PRIMARY KEY,
    batch bigint NOT NULL DEFAULT nextval('import_batch_seq'),
    raw text NOT NULL
);
ALTER SEQUENCE import_batch_seq OWNED BY import_staging.batch;
