-- case: changing numeric(10,2) to numeric(12,4) keeps values exactly and keeps the column CHECK.
CREATE TABLE invoice_lines (
    id integer PRIMARY KEY,
    unit_price numeric(12, 4) NOT NULL CHECK (unit_price >= 0)
);
