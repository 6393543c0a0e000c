-- schemac forward plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create extension pgcrypto
CREATE EXTENSION pgcrypto WITH SCHEMA public;

-- add column public.credentials.salt
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.credentials ADD COLUMN salt bytea DEFAULT gen_random_bytes(16) NOT NULL;

COMMIT;
