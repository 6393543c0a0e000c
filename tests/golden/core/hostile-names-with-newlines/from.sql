CREATE TABLE "notes
DROP TABLE victims; --" (
    id int PRIMARY KEY
);
CREATE TABLE victims (id int PRIMARY KEY);
