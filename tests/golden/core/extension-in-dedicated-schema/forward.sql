-- schemac forward plan: 4 steps
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create schema extensions
CREATE SCHEMA extensions;

-- create extension "uuid-ossp"
CREATE EXTENSION "uuid-ossp" WITH SCHEMA extensions;

-- add column public.api_tokens.token
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.api_tokens ADD COLUMN token uuid DEFAULT extensions.uuid_generate_v4() NOT NULL;

-- comment on extension "uuid-ossp"
COMMENT ON EXTENSION "uuid-ossp" IS 'UUID generators, kept out of public';

COMMIT;
