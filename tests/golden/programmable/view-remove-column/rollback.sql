-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace view public.user_directory
CREATE OR REPLACE VIEW public.user_directory (id, email, display_name, phone) AS
SELECT users.id, users.email, users.display_name, users.phone FROM users;

COMMIT;
