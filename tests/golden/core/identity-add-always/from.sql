CREATE TABLE invoices (
    id integer NOT NULL PRIMARY KEY,
    total numeric(12, 2) NOT NULL
);
