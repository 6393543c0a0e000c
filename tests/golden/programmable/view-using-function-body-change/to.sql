-- case: changing only the body of a function that a view calls is CREATE OR REPLACE FUNCTION; the view is neither dropped nor recreated and returns the new result.
CREATE TABLE children (
    id bigint PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL
);

CREATE FUNCTION display_name(first_name text, last_name text) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT first_name || ' ' || left(last_name, 1) || '.' $$;

CREATE VIEW child_names AS
    SELECT id, display_name(first_name, last_name) AS name FROM children;
