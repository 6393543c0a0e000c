CREATE TABLE readings (
    device_id bigint NOT NULL,
    taken_on date NOT NULL,
    reading numeric,
    note text,
    CONSTRAINT readings_pk PRIMARY KEY (device_id, taken_on),
    CONSTRAINT readings_one_per_value UNIQUE (reading, device_id, taken_on)
) PARTITION BY RANGE (taken_on);
CREATE TABLE readings_2025 PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE readings_2026 PARTITION OF readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')
    PARTITION BY HASH (device_id);
CREATE TABLE readings_2026_h0 PARTITION OF readings_2026 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE readings_2026_h1 PARTITION OF readings_2026 FOR VALUES WITH (MODULUS 2, REMAINDER 1);

CREATE INDEX readings_by_value ON readings (reading) INCLUDE (device_id);
CREATE INDEX readings_by_note ON readings (lower(note));
