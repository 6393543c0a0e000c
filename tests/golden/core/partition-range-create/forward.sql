-- schemac forward plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create table public.measurements
CREATE TABLE public.measurements (
    sensor_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision,
    CONSTRAINT measurements_pkey PRIMARY KEY (sensor_id, taken_at)
) PARTITION BY RANGE (taken_at);

-- create table public.measurements_2024_q1
CREATE TABLE public.measurements_2024_q1 PARTITION OF public.measurements FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-04-01 00:00:00+00');

-- create table public.measurements_2024_q2
CREATE TABLE public.measurements_2024_q2 PARTITION OF public.measurements FOR VALUES FROM ('2024-04-01 00:00:00+00') TO ('2024-07-01 00:00:00+00');

-- create table public.measurements_old
CREATE TABLE public.measurements_old PARTITION OF public.measurements FOR VALUES FROM (MINVALUE) TO ('2024-01-01 00:00:00+00');

COMMIT;
