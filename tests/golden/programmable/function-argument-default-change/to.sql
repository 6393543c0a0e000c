-- case: changing the value of an existing argument default (20 to 2) is allowed by CREATE OR REPLACE FUNCTION, so the function is replaced in place.
CREATE TABLE chat_messages (
    id bigint PRIMARY KEY,
    session_id bigint NOT NULL,
    body text NOT NULL,
    sent_at timestamptz NOT NULL
);

CREATE FUNCTION recent_messages(p_session_id bigint, p_limit integer DEFAULT 2)
    RETURNS SETOF chat_messages
    LANGUAGE sql
    STABLE
    AS $$ SELECT * FROM chat_messages WHERE session_id = p_session_id ORDER BY sent_at DESC LIMIT p_limit $$;
