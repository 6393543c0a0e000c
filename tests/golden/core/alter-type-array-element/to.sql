-- case: changing array element types (integer[] to bigint[], varchar(20)[] to text[]) converts every element and keeps the array default.
CREATE TABLE measurements (
    id int PRIMARY KEY,
    readings bigint[] NOT NULL DEFAULT '{}',
    labels text[]
);
