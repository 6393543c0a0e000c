CREATE TABLE readings (
    id bigint PRIMARY KEY,
    celsius numeric(5, 2) NOT NULL
);
ALTER TABLE readings ADD CONSTRAINT readings_celsius_physical CHECK (celsius >= -273.15) NOT VALID;
