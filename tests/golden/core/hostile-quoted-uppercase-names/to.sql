-- case: quoted mixed/upper-case names ("CRM"."Customer", "FirstName" next to unquoted firstname) must stay quoted in every generated statement: add column, type change, named CHECK, index, FK, enum.
CREATE SCHEMA "CRM";
CREATE TYPE "CRM"."Tier" AS ENUM ('Gold', 'SILVER', 'bronze');
CREATE TABLE "CRM"."Customer" (
    "Id" integer NOT NULL,
    "FirstName" text NOT NULL,
    firstname text,
    "AGE" integer,
    "Tier" "CRM"."Tier" DEFAULT 'SILVER',
    "ReferredBy" integer,
    CONSTRAINT "PK_Customer" PRIMARY KEY ("Id"),
    CONSTRAINT "CK_Customer_Age" CHECK ("AGE" >= 0),
    CONSTRAINT "FK_Customer_ReferredBy" FOREIGN KEY ("ReferredBy") REFERENCES "CRM"."Customer" ("Id")
);
CREATE INDEX "IX_Customer_FirstName" ON "CRM"."Customer" ("FirstName", firstname);
