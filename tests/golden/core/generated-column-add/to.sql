-- case: adding a GENERATED ALWAYS AS (...) STORED column computes its value for existing rows.
CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    qty integer NOT NULL,
    unit_price numeric(10, 2) NOT NULL,
    line_total numeric(12, 2) GENERATED ALWAYS AS (qty * unit_price) STORED
);
