CREATE TABLE nps_responses (
    id bigint PRIMARY KEY,
    score smallint NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment text,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE VIEW nps_public AS
    SELECT id, score, created_at FROM nps_responses;

GRANT SELECT ON nps_public TO app_writer;
