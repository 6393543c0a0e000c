-- schemac forward plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop view public.user_directory
DROP VIEW public.user_directory;

-- create view public.user_directory
CREATE VIEW public.user_directory (id, email, display_name) AS
SELECT users.id, users.email, users.display_name FROM users;

-- privileges on TABLE public.user_directory
GRANT SELECT ON TABLE public.user_directory TO app_reader;

-- comment on view public.user_directory
COMMENT ON VIEW public.user_directory IS 'Directory listing for staff tools';

COMMIT;
