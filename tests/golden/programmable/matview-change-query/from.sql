CREATE TABLE engagement_events (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL,
    kind text NOT NULL,
    occurred_at timestamptz NOT NULL
);

CREATE MATERIALIZED VIEW user_engagement AS
    SELECT user_id, count(*) AS events
    FROM engagement_events
    GROUP BY user_id;

CREATE UNIQUE INDEX user_engagement_user_id_idx ON user_engagement (user_id);
COMMENT ON MATERIALIZED VIEW user_engagement IS 'Engagement per user';
GRANT SELECT ON user_engagement TO app_reader;
