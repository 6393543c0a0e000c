CREATE TABLE shipments (
    id integer PRIMARY KEY,
    warehouse_id integer NOT NULL,
    carrier text NOT NULL,
    tracking_code text,
    weight_kg numeric(8, 3),
    volume_l numeric(8, 3),
    CONSTRAINT shipments_carrier_tracking_uq UNIQUE (carrier, tracking_code),
    CONSTRAINT shipments_density_check CHECK (weight_kg IS NULL OR volume_l IS NULL OR weight_kg < volume_l * 20)
);
CREATE INDEX shipments_wh_carrier_idx ON shipments (warehouse_id, carrier);
CREATE INDEX shipments_weight_idx ON shipments (weight_kg);
