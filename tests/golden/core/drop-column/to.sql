-- case: dropping a column that contains data is destructive; the other columns and rows stay.
CREATE TABLE employees (
    id serial PRIMARY KEY,
    full_name text NOT NULL,
    hired_on date
);
