-- case: a NOT VALID check on a range-partitioned table is added after its partitions, as a load of this file and pg_dump do: partitions created later would get a validated copy.
CREATE TABLE readings (
    sensor int NOT NULL,
    celsius numeric(5, 2)
) PARTITION BY RANGE (sensor);

CREATE TABLE readings_low PARTITION OF readings FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE readings_high PARTITION OF readings FOR VALUES FROM (100) TO (MAXVALUE);

ALTER TABLE readings ADD CONSTRAINT readings_celsius_physical CHECK (celsius >= -273.15) NOT VALID;
