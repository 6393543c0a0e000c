-- case: creating a range-partitioned table together with its partitions (parent first, then each PARTITION OF ... FOR VALUES FROM ... TO ...), with a PK that includes the partition key.
CREATE TABLE measurements (
    sensor_id int NOT NULL,
    taken_at timestamptz NOT NULL,
    value double precision,
    PRIMARY KEY (sensor_id, taken_at)
) PARTITION BY RANGE (taken_at);

CREATE TABLE measurements_2024_q1 PARTITION OF measurements
    FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-04-01 00:00:00+00');
CREATE TABLE measurements_2024_q2 PARTITION OF measurements
    FOR VALUES FROM ('2024-04-01 00:00:00+00') TO ('2024-07-01 00:00:00+00');
CREATE TABLE measurements_old PARTITION OF measurements
    FOR VALUES FROM (MINVALUE) TO ('2024-01-01 00:00:00+00');
