-- case: SET UNLOGGED turns every sequence the table owns unlogged; the serial one is declared to follow (it is created with its table), the standalone one is declared logged and is set back.
CREATE SEQUENCE import_batch_seq;
CREATE UNLOGGED TABLE import_staging (
    id bigserial PRIMARY KEY,
    batch bigint NOT NULL DEFAULT nextval('import_batch_seq'),
    raw text NOT NULL
);
ALTER SEQUENCE import_batch_seq OWNED BY import_staging.batch;
