-- case: a materialized view's query cannot be replaced in place, so a changed query drops and recreates it (repopulated), together with its indexes, comment and grant.
CREATE TABLE engagement_events (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL,
    kind text NOT NULL,
    occurred_at timestamptz NOT NULL
);

CREATE MATERIALIZED VIEW user_engagement AS
    SELECT user_id, count(*) AS events, count(*) FILTER (WHERE kind = 'chat') AS chat_events, max(occurred_at) AS last_event_at
    FROM engagement_events
    GROUP BY user_id;

CREATE UNIQUE INDEX user_engagement_user_id_idx ON user_engagement (user_id);
CREATE INDEX user_engagement_last_event_at_idx ON user_engagement (last_event_at);
COMMENT ON MATERIALIZED VIEW user_engagement IS 'Engagement per user';
GRANT SELECT ON user_engagement TO app_reader;
