-- case: setting NOT NULL on columns whose existing rows are all non-null succeeds and keeps the rows; a still-nullable column is untouched.
CREATE TABLE contacts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    phone varchar(30),
    country_code char(2) NOT NULL
);
