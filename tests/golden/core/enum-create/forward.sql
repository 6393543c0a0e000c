-- schemac forward plan: 5 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create schema crm
CREATE SCHEMA crm;

-- create type public.mood
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');

-- create type crm.lead_source
CREATE TYPE crm.lead_source AS ENUM ('Web Form', 'referral', 'COLD CALL', 'trade-show');

-- create type public.singleton
CREATE TYPE public.singleton AS ENUM ('only');

-- create type public.empty_enum
CREATE TYPE public.empty_enum AS ENUM ();

COMMIT;
