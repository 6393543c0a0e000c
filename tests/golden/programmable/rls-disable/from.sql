CREATE TABLE nps_responses (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL,
    score smallint NOT NULL
);

ALTER TABLE nps_responses ENABLE ROW LEVEL SECURITY;
ALTER TABLE nps_responses FORCE ROW LEVEL SECURITY;

CREATE POLICY nps_responses_own ON nps_responses
    FOR SELECT
    USING (user_id = current_setting('app.user_id', true)::bigint);
