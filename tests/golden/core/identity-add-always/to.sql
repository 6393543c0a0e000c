-- case: turning an existing NOT NULL integer column into GENERATED ALWAYS AS IDENTITY (with a START past the existing ids) keeps the existing ids.
CREATE TABLE invoices (
    id integer GENERATED ALWAYS AS IDENTITY (START WITH 1000) PRIMARY KEY,
    total numeric(12, 2) NOT NULL
);
