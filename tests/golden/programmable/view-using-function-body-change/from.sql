CREATE TABLE children (
    id bigint PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL
);

CREATE FUNCTION display_name(first_name text, last_name text) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT first_name || ' ' || last_name $$;

CREATE VIEW child_names AS
    SELECT id, display_name(first_name, last_name) AS name FROM children;
