-- case: a procedure no longer declared is dropped with DROP PROCEDURE (not DROP FUNCTION) and its argument types; the table it read keeps its rows.
CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
