-- schemac forward plan: 3 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create domain public.child_age
CREATE DOMAIN public.child_age AS smallint CONSTRAINT child_age_range CHECK (value BETWEEN 0 AND 17);

-- create domain public.school_age
CREATE DOMAIN public.school_age AS public.child_age CONSTRAINT school_age_min CHECK (value >= 5);

-- alter column public.children.age (type smallint -> public.school_age)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.children ALTER COLUMN age TYPE public.school_age USING age::text::public.school_age;

COMMIT;
