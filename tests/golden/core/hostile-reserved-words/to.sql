-- case: reserved words used as table, column, constraint and index names ("user", "order", "select", "group", "from", "to", "check", "primary") must always be quoted.
CREATE TABLE "user" (
    id int PRIMARY KEY,
    "name" text,
    "default" boolean NOT NULL DEFAULT false
);
CREATE TABLE "order" (
    id int PRIMARY KEY,
    "user" int NOT NULL REFERENCES "user" (id),
    "group" text,
    "from" date,
    "to" date,
    CONSTRAINT "check" CHECK ("from" <= "to")
);
CREATE TABLE "select" (
    "where" int NOT NULL,
    "table" text,
    "limit" bigint,
    CONSTRAINT "primary" PRIMARY KEY ("where")
);
CREATE INDEX "index" ON "order" ("group", "from" DESC);
