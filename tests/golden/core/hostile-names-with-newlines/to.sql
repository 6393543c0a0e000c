-- case: a name with a line break in it appears in the comment line that describes each step; the rest of the name must stay inside the comment, not run as SQL.
CREATE TABLE "notes
DROP TABLE victims; --" (
    id int PRIMARY KEY,
    "body
DROP TABLE victims; --" text
);
CREATE TABLE victims (id int PRIMARY KEY);
CREATE INDEX "by body
DROP TABLE victims; --" ON "notes
DROP TABLE victims; --" ("body
DROP TABLE victims; --");
