-- case: a NOT VALID CHECK becomes validated via ALTER TABLE ... VALIDATE CONSTRAINT (all rows comply); rollback cannot un-validate and must drop and re-add it NOT VALID.
CREATE TABLE readings (
    id bigint PRIMARY KEY,
    celsius numeric(5, 2) NOT NULL,
    CONSTRAINT readings_celsius_physical CHECK (celsius >= -273.15)
);
