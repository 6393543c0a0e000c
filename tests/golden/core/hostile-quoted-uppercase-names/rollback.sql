-- schemac rollback plan: 6 steps
-- hazards: deletes-data, rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index "CRM"."IX_Customer_FirstName"
DROP INDEX "CRM"."IX_Customer_FirstName";

-- drop constraint "FK_Customer_ReferredBy" on "CRM"."Customer"
ALTER TABLE "CRM"."Customer" DROP CONSTRAINT "FK_Customer_ReferredBy";

-- drop constraint "CK_Customer_Age" on "CRM"."Customer"
ALTER TABLE "CRM"."Customer" DROP CONSTRAINT "CK_Customer_Age";

-- drop column "CRM"."Customer"."ReferredBy"
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE "CRM"."Customer" DROP COLUMN "ReferredBy";

-- drop column "CRM"."Customer"."Tier"
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE "CRM"."Customer" DROP COLUMN "Tier";

-- alter column "CRM"."Customer"."AGE" (type integer -> smallint)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE "CRM"."Customer" ALTER COLUMN "AGE" TYPE smallint;

COMMIT;
