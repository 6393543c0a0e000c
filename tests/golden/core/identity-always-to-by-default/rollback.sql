-- schemac rollback plan: 1 step
SET search_path = public;

BEGIN;

-- alter column app.tenants.id (identity)
ALTER TABLE app.tenants ALTER COLUMN id SET GENERATED ALWAYS;

COMMIT;
