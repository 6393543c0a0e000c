-- case: when the last column using a domain is converted to the base type (varchar(8)), the no-longer-used domain is dropped after the column change, and the values are kept.
CREATE TABLE classrooms (
    id integer PRIMARY KEY,
    name text NOT NULL,
    code varchar(8)
);
