CREATE TABLE invoice_lines (
    id integer PRIMARY KEY,
    unit_price numeric(10, 2) NOT NULL CHECK (unit_price >= 0)
);
