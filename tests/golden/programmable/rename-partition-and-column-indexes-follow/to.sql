-- case: PostgreSQL names the indexes it makes on partitions after the partition and the key columns (readings_2025_reading_device_id_idx) and keeps those names when either is renamed; a fresh load uses the new names. Renaming a partition and a key column renames those indexes (and the constraints behind them) at every level, so the database matches a fresh load; the expression index's names do not mention a column and stay.
CREATE TABLE readings (
    device_id bigint NOT NULL,
    taken_on date NOT NULL,
    value numeric, -- schemac:renamed-from reading
    note text,
    CONSTRAINT readings_pk PRIMARY KEY (device_id, taken_on),
    CONSTRAINT readings_one_per_value UNIQUE (value, device_id, taken_on)
) PARTITION BY RANGE (taken_on);
-- schemac:renamed-from readings_2025
CREATE TABLE readings_y2025 PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE readings_2026 PARTITION OF readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')
    PARTITION BY HASH (device_id);
CREATE TABLE readings_2026_h0 PARTITION OF readings_2026 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE readings_2026_h1 PARTITION OF readings_2026 FOR VALUES WITH (MODULUS 2, REMAINDER 1);

CREATE INDEX readings_by_value ON readings (value) INCLUDE (device_id);
CREATE INDEX readings_by_note ON readings (lower(note));
