-- schemac rollback plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create domain public.legacy_code
CREATE DOMAIN public.legacy_code AS character varying(8) CONSTRAINT legacy_code_check CHECK (value ~ '^[A-Z0-9]+$');

-- alter column public.classrooms.code (type character varying(8) -> public.legacy_code)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.classrooms ALTER COLUMN code TYPE public.legacy_code USING code::text::public.legacy_code;

COMMIT;
