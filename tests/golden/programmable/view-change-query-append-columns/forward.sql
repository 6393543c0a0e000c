-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace view public.active_users
CREATE OR REPLACE VIEW public.active_users (id, email, display_name, created_at) AS
SELECT users.id, users.email, users.display_name, users.created_at FROM users WHERE users.deleted_at IS NULL;

COMMIT;
