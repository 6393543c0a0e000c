-- case: adding an output column to RETURNS TABLE (...) changes the function's row type, which CREATE OR REPLACE FUNCTION refuses, so the function is dropped and recreated.
CREATE TABLE chat_sessions (
    id bigint PRIMARY KEY,
    child_id bigint NOT NULL,
    started_at timestamptz NOT NULL
);

CREATE FUNCTION child_chat_summary(p_child_id bigint)
    RETURNS TABLE (sessions bigint, first_at timestamptz, last_at timestamptz)
    LANGUAGE sql
    STABLE
    AS $$ SELECT count(*), min(started_at), max(started_at) FROM chat_sessions WHERE child_id = p_child_id $$;
