CREATE TABLE employees (
    id serial PRIMARY KEY,
    full_name text NOT NULL,
    fax_number varchar(30),
    hired_on date
);
