CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data"."order items" (
    "item id" bigint PRIMARY KEY,
    "unit price" numeric(10, 2) NOT NULL,
    "qty ordered" int NOT NULL DEFAULT 1
);
