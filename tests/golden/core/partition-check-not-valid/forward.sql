-- schemac forward plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create table public.readings
CREATE TABLE public.readings (
    sensor integer NOT NULL,
    celsius numeric(5,2)
) PARTITION BY RANGE (sensor);

-- create table public.readings_low
CREATE TABLE public.readings_low PARTITION OF public.readings FOR VALUES FROM (MINVALUE) TO (100);

-- create table public.readings_high
CREATE TABLE public.readings_high PARTITION OF public.readings FOR VALUES FROM (100) TO (MAXVALUE);

-- add constraint readings_celsius_physical on public.readings
ALTER TABLE public.readings ADD CONSTRAINT readings_celsius_physical CHECK (celsius >= -273.15) NOT VALID;

COMMIT;
