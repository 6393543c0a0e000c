-- schemac forward plan: 5 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create table public.sessions
CREATE TABLE public.sessions (
    id uuid NOT NULL,
    user_id bigint NOT NULL,
    data jsonb,
    CONSTRAINT sessions_user_id_id_key UNIQUE (user_id, id)
) PARTITION BY HASH (user_id);

-- create table public.sessions_p0
CREATE TABLE public.sessions_p0 PARTITION OF public.sessions FOR VALUES WITH (MODULUS 4, REMAINDER 0);

-- create table public.sessions_p1
CREATE TABLE public.sessions_p1 PARTITION OF public.sessions FOR VALUES WITH (MODULUS 4, REMAINDER 1);

-- create table public.sessions_p2
CREATE TABLE public.sessions_p2 PARTITION OF public.sessions FOR VALUES WITH (MODULUS 4, REMAINDER 2);

-- create table public.sessions_p3
CREATE TABLE public.sessions_p3 PARTITION OF public.sessions FOR VALUES WITH (MODULUS 4, REMAINDER 3);

COMMIT;
