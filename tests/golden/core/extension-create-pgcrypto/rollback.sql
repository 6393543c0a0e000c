-- schemac rollback plan: 2 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop column public.credentials.salt
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.credentials DROP COLUMN salt;

-- drop extension pgcrypto
DROP EXTENSION pgcrypto;

COMMIT;
