-- case: dropping columns that take part in a multicolumn index, a multicolumn UNIQUE and a multicolumn CHECK removes those dependants too (and rollback must recreate them).
CREATE TABLE shipments (
    id integer PRIMARY KEY,
    warehouse_id integer NOT NULL,
    tracking_code text,
    weight_kg numeric(8, 3)
);
CREATE INDEX shipments_weight_idx ON shipments (weight_kg);
