-- schemac forward plan: 6 steps
-- hazards: rewrites-table, access-exclusive-lock, blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column "CRM"."Customer"."AGE" (type smallint -> integer)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE "CRM"."Customer" ALTER COLUMN "AGE" TYPE integer;

-- add column "CRM"."Customer"."Tier"
-- hazards: access-exclusive-lock
ALTER TABLE "CRM"."Customer" ADD COLUMN "Tier" "CRM"."Tier" DEFAULT 'SILVER';

-- add column "CRM"."Customer"."ReferredBy"
-- hazards: access-exclusive-lock
ALTER TABLE "CRM"."Customer" ADD COLUMN "ReferredBy" integer;

-- add constraint "CK_Customer_Age" on "CRM"."Customer"
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE "CRM"."Customer" ADD CONSTRAINT "CK_Customer_Age" CHECK ("AGE" >= 0);

-- add constraint "FK_Customer_ReferredBy" on "CRM"."Customer"
-- hazards: blocks-writes, long-scan, data-dependent
ALTER TABLE "CRM"."Customer" ADD CONSTRAINT "FK_Customer_ReferredBy" FOREIGN KEY ("ReferredBy") REFERENCES "CRM"."Customer" ("Id");

-- create index "CRM"."IX_Customer_FirstName"
-- hazards: blocks-writes, long-scan
CREATE INDEX "IX_Customer_FirstName" ON "CRM"."Customer" ("FirstName", firstname);

COMMIT;
