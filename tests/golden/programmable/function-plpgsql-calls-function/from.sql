CREATE SCHEMA analytics;

CREATE TABLE analytics.nps_responses (
    id bigint PRIMARY KEY,
    score smallint NOT NULL CHECK (score BETWEEN 0 AND 10)
);
