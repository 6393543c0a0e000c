CREATE SCHEMA app;

CREATE TABLE app.tenants (
    id bigint GENERATED ALWAYS AS IDENTITY,
    name text NOT NULL,
    PRIMARY KEY (id)
);
