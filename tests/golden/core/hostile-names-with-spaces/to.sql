-- case: identifiers containing spaces, dots, dashes and percent signs in schema, table, column, constraint, index and sequence names must be quoted in the generated SQL.
CREATE SCHEMA "Sales Data";
CREATE SEQUENCE "Sales Data"."line no. seq";
CREATE TABLE "Sales Data"."order items" (
    "item id" bigint PRIMARY KEY,
    "unit price" numeric(10, 2) NOT NULL,
    "qty ordered" int NOT NULL DEFAULT 1,
    "discount %" numeric(5, 2) DEFAULT 0,
    "line-no." bigint DEFAULT nextval('"Sales Data"."line no. seq"'),
    CONSTRAINT "price must be positive" CHECK ("unit price" > 0)
);
CREATE INDEX "order items by price" ON "Sales Data"."order items" ("unit price" DESC);
COMMENT ON COLUMN "Sales Data"."order items"."discount %" IS 'percent, 0-100';
