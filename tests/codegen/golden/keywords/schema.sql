-- Names C++ cannot take as they are: keywords, macros, names of the generated code itself,
-- quoted names with spaces, upper case, punctuation, leading digits and non-ASCII letters.
-- Each is escaped by one fixed rule; the live test inserts and reads rows through them.
CREATE SCHEMA "namespace";

CREATE TYPE "namespace"."enum" AS ENUM ('class', 'default', 'two words', 'A', '1st', 'über', 'a-b');

CREATE TABLE "namespace"."struct" (
    "this" integer PRIMARY KEY,
    label  text NOT NULL
);

CREATE TABLE "namespace"."delete" (
    id           integer PRIMARY KEY,
    class        text NOT NULL,
    "default"    integer DEFAULT 7,
    "namespace"  text,
    "row"        integer,
    from_row     text,
    txn          integer,
    insert_row   text,
    "1st"        integer,
    "café"       text,
    linux        integer,
    "NULL"       text,
    "Mixed Case" text,
    "new"        boolean NOT NULL DEFAULT true,
    "x-y"        text,
    "say ""hi""" text,
    "this"       integer REFERENCES "namespace"."struct",
    "enum"       "namespace"."enum" NOT NULL DEFAULT 'two words'
);

CREATE TABLE public."Order" (
    "Id"    integer PRIMARY KEY,
    "Total" numeric(12, 2) NOT NULL
);
