-- bootstrap-roles.sql: cluster-level roles used by the GRANTs and row-level security policies
-- in schema/. Roles are global objects (not per database) and schemac does not manage them, so
-- this file is run once per cluster, before the schema files, by a superuser:
--
--     psql -v ON_ERROR_STOP=1 -d <db> -f tools/bootstrap-roles.sql
--
-- It is idempotent: running it again changes nothing.
--
-- All four are NOLOGIN group roles. Real logins (the API server's pool user, the worker user,
-- a DBA) are separate LOGIN roles made members of one of them, e.g.
--     CREATE ROLE api_server LOGIN PASSWORD '...' IN ROLE app_user;
--
--   app_user      End users acting through the API (members of the companion, parents,
--                 teachers, students). Subject to row-level security. The API server sets the
--                 authenticated account in every transaction:
--                     SELECT set_config('app.user_id', '<account uuid>', true);
--                 Policies read it through users.current_user_id(), a STABLE SQL function
--                 returning nullif(current_setting('app.user_id', true), '')::uuid: with no
--                 setting every owner check is NULL and no row is visible (fail closed).
--                 A user sees and changes only their own rows; class members see their class
--                 data; organization owners/admins see their organization's classrooms.
--   app_admin     Human operators (support, safety team). Elevated: policies grant them read
--                 access everywhere and write access where operators act (accounts, sessions,
--                 crisis flags, moderation, catalogue). Used with SET ROLE app_admin by a login
--                 that is a member of it.
--   app_service   Backend workers (AI memory pipeline, schedulers, TTL cleanup, analytics
--                 ingestion, data transfer). Full DML through policies that allow all rows.
--   app_readonly  Dashboards and analysts: read-only on analytics tables and reporting views.
--
-- Row-level security is enforced for these roles because they neither own the tables nor have
-- BYPASSRLS; the schema files are loaded by the owner (a superuser or migration role), and the
-- seed scripts run as superuser, which bypasses RLS by design.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'app_user') THEN
        CREATE ROLE app_user NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'app_admin') THEN
        CREATE ROLE app_admin NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'app_service') THEN
        CREATE ROLE app_service NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'app_readonly') THEN
        CREATE ROLE app_readonly NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
    END IF;
END
$$;

COMMENT ON ROLE app_user IS 'End users through the API; row-level security via setting app.user_id (users.current_user_id()).';
COMMENT ON ROLE app_admin IS 'Human operators; elevated access granted by policies.';
COMMENT ON ROLE app_service IS 'Backend workers (AI pipeline, schedulers, ingestion); all rows through policies.';
COMMENT ON ROLE app_readonly IS 'Dashboards and analysts; read-only on analytics.';
