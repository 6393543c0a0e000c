-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create type public.legacy_color
CREATE TYPE public.legacy_color AS ENUM ('red', 'green', 'blue');

-- comment on type public.legacy_color
COMMENT ON TYPE public.legacy_color IS 'replaced by hex codes';

COMMIT;
