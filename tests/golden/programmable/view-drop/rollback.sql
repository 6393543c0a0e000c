-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create view public.deleted_users
CREATE VIEW public.deleted_users (id, email, deleted_at) AS
SELECT users.id, users.email, users.deleted_at FROM users WHERE users.deleted_at IS NOT NULL;

COMMIT;
