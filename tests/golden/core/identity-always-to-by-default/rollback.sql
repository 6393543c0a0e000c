-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column app.tenants.id (identity)
ALTER TABLE app.tenants ALTER COLUMN id SET GENERATED ALWAYS;

COMMIT;
