CREATE TABLE import_staging (
    id bigserial PRIMARY KEY,
    raw text NOT NULL
);
