-- schemac rollback plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop view public.active_user_emails
DROP VIEW public.active_user_emails;

-- drop view public.active_users
DROP VIEW public.active_users;

-- create view public.active_users
CREATE VIEW public.active_users (id, email) AS
SELECT users.id, users.email FROM users WHERE users.deleted_at IS NULL;

-- create view public.active_user_emails
CREATE VIEW public.active_user_emails (email) AS
SELECT active_users.email FROM active_users;

COMMIT;
