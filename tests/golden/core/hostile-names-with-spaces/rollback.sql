-- schemac rollback plan: 5 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index "Sales Data"."order items by price"
DROP INDEX "Sales Data"."order items by price";

-- drop constraint "price must be positive" on "Sales Data"."order items"
ALTER TABLE "Sales Data"."order items" DROP CONSTRAINT "price must be positive";

-- drop column "Sales Data"."order items"."line-no."
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE "Sales Data"."order items" DROP COLUMN "line-no.";

-- drop column "Sales Data"."order items"."discount %"
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE "Sales Data"."order items" DROP COLUMN "discount %";

-- drop sequence "Sales Data"."line no. seq"
-- hazards: deletes-data
-- note: the sequence's current value is lost
DROP SEQUENCE "Sales Data"."line no. seq";

COMMIT;
