-- schemac forward plan: 6 steps
-- hazards: rewrites-table, access-exclusive-lock, blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create sequence "Sales Data"."line no. seq"
CREATE SEQUENCE "Sales Data"."line no. seq";

-- add column "Sales Data"."order items"."discount %"
-- hazards: access-exclusive-lock
ALTER TABLE "Sales Data"."order items" ADD COLUMN "discount %" numeric(5,2) DEFAULT 0;

-- add column "Sales Data"."order items"."line-no."
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE "Sales Data"."order items" ADD COLUMN "line-no." bigint DEFAULT nextval('"Sales Data"."line no. seq"'::regclass);

-- add constraint "price must be positive" on "Sales Data"."order items"
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE "Sales Data"."order items" ADD CONSTRAINT "price must be positive" CHECK ("unit price" > 0);

-- create index "Sales Data"."order items by price"
-- hazards: blocks-writes, long-scan
CREATE INDEX "order items by price" ON "Sales Data"."order items" ("unit price" DESC);

-- comment on column "Sales Data"."order items"."discount %"
COMMENT ON COLUMN "Sales Data"."order items"."discount %" IS 'percent, 0-100';

COMMIT;
