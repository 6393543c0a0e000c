-- case: installing "uuid-ossp" into its own schema (WITH SCHEMA) and using the schema-qualified function in a new column default; order is schema, extension, column.
CREATE SCHEMA extensions;
CREATE EXTENSION "uuid-ossp" WITH SCHEMA extensions;
COMMENT ON EXTENSION "uuid-ossp" IS 'UUID generators, kept out of public';

CREATE TABLE api_tokens (
    id int PRIMARY KEY,
    label text,
    token uuid NOT NULL DEFAULT extensions.uuid_generate_v4()
);
