CREATE TABLE children (
    id bigint PRIMARY KEY,
    age smallint
);
