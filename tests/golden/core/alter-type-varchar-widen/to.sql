-- case: widening varchar(20) to varchar(100) keeps data and the unique constraint on the column.
CREATE TABLE users (
    id integer PRIMARY KEY,
    username varchar(100) NOT NULL UNIQUE
);
