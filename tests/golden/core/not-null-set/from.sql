CREATE TABLE contacts (
    id integer PRIMARY KEY,
    email text,
    phone varchar(30),
    country_code char(2)
);
