-- case: grants on views are added and revoked like table grants (SELECT to app_reader added, SELECT from app_writer revoked, INSERT/UPDATE on the updatable view to app_admin).
CREATE TABLE nps_responses (
    id bigint PRIMARY KEY,
    score smallint NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment text,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE VIEW nps_public AS
    SELECT id, score, created_at FROM nps_responses;

GRANT SELECT ON TABLE nps_public TO app_reader;
GRANT SELECT, INSERT, UPDATE ON nps_public TO app_admin;
