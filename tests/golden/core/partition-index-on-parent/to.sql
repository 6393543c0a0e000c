-- case: creating indexes (plain and unique-with-partition-key) on a partitioned parent cascades to every partition; only the parent indexes are declared, the per-partition indexes PostgreSQL creates must not be diffed as extra objects.
CREATE TABLE page_hits (
    id bigint NOT NULL,
    hit_at timestamptz NOT NULL,
    url text NOT NULL,
    visitor uuid
) PARTITION BY RANGE (hit_at);
CREATE TABLE page_hits_2024_01 PARTITION OF page_hits FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2024-02-01 00:00+00');
CREATE TABLE page_hits_2024_02 PARTITION OF page_hits FOR VALUES FROM ('2024-02-01 00:00+00') TO ('2024-03-01 00:00+00');

CREATE INDEX page_hits_url_idx ON page_hits (url);
CREATE UNIQUE INDEX page_hits_id_hit_at_uidx ON page_hits (id, hit_at);
