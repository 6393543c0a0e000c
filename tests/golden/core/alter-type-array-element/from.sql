CREATE TABLE measurements (
    id int PRIMARY KEY,
    readings integer[] NOT NULL DEFAULT '{}',
    labels varchar(20)[]
);
