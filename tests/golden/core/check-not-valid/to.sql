-- case: adding a CHECK as NOT VALID skips validation of existing rows (one violating row exists) and must stay NOT VALID.
CREATE TABLE readings (
    id bigint PRIMARY KEY,
    celsius numeric(5, 2) NOT NULL
);
ALTER TABLE readings ADD CONSTRAINT readings_celsius_physical CHECK (celsius >= -273.15) NOT VALID;
