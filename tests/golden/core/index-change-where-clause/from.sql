CREATE TABLE jobs (
    id bigint PRIMARY KEY,
    state text NOT NULL,
    run_at timestamptz NOT NULL,
    attempts int NOT NULL DEFAULT 0
);
CREATE INDEX jobs_runnable_idx ON jobs (run_at) WHERE state = 'queued';
