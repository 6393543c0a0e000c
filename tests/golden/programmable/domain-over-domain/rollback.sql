-- schemac rollback plan: 3 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.children.age (type public.school_age -> smallint)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.children ALTER COLUMN age TYPE smallint USING age::text::smallint;

-- drop domain public.school_age
DROP DOMAIN public.school_age;

-- drop domain public.child_age
DROP DOMAIN public.child_age;

COMMIT;
