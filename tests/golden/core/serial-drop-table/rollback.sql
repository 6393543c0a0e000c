-- schemac rollback plan: 5 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create sequence public.job_runs_id_seq
CREATE SEQUENCE public.job_runs_id_seq;

-- create sequence public.job_runs_attempt_seq
CREATE SEQUENCE public.job_runs_attempt_seq AS smallint;

-- create table public.job_runs
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE public.job_runs (
    id bigint DEFAULT nextval('job_runs_id_seq'::regclass) NOT NULL,
    job_name text NOT NULL,
    attempt smallint DEFAULT nextval('job_runs_attempt_seq'::regclass) NOT NULL,
    CONSTRAINT job_runs_pkey PRIMARY KEY (id)
);

-- set owner of sequence public.job_runs_id_seq to public.job_runs.id
ALTER SEQUENCE public.job_runs_id_seq OWNED BY public.job_runs.id;

-- set owner of sequence public.job_runs_attempt_seq to public.job_runs.attempt
ALTER SEQUENCE public.job_runs_attempt_seq OWNED BY public.job_runs.attempt;

COMMIT;
