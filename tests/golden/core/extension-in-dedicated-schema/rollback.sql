-- schemac rollback plan: 3 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop column public.api_tokens.token
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.api_tokens DROP COLUMN token;

-- drop extension "uuid-ossp"
DROP EXTENSION "uuid-ossp";

-- drop schema extensions
DROP SCHEMA extensions;

COMMIT;
