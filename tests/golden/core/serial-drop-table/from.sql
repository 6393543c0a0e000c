CREATE TABLE job_runs (
    id bigserial PRIMARY KEY,
    job_name text NOT NULL,
    attempt smallserial
);
CREATE TABLE jobs (
    name text PRIMARY KEY
);
