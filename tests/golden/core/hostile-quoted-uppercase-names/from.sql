CREATE SCHEMA "CRM";
CREATE TABLE "CRM"."Customer" (
    "Id" integer NOT NULL,
    "FirstName" text NOT NULL,
    firstname text,
    "AGE" smallint,
    CONSTRAINT "PK_Customer" PRIMARY KEY ("Id")
);
CREATE TYPE "CRM"."Tier" AS ENUM ('Gold', 'SILVER', 'bronze');
