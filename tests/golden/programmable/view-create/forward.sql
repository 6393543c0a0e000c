-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create view public.active_users
CREATE VIEW public.active_users (id, email, display_name) AS
SELECT users.id, users.email, users.display_name FROM users WHERE users.deleted_at IS NULL;

COMMIT;
