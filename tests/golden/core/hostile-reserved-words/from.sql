CREATE TABLE "user" (
    id int PRIMARY KEY,
    "name" text,
    "default" boolean NOT NULL DEFAULT false
);
CREATE TABLE "order" (
    id int PRIMARY KEY,
    "user" int NOT NULL,
    "group" text,
    "from" date,
    "to" date
);
