-- case: switching a logged table with a bigserial to UNLOGGED (ALTER TABLE ... SET UNLOGGED) keeps rows; PostgreSQL also makes the owned sequence unlogged.
CREATE UNLOGGED TABLE import_staging (
    id bigserial PRIMARY KEY,
    raw text NOT NULL
);
