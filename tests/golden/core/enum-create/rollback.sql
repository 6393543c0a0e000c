-- schemac rollback plan: 5 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop type public.empty_enum
DROP TYPE public.empty_enum;

-- drop type public.singleton
DROP TYPE public.singleton;

-- drop type crm.lead_source
DROP TYPE crm.lead_source;

-- drop type public.mood
DROP TYPE public.mood;

-- drop schema crm
DROP SCHEMA crm;

COMMIT;
