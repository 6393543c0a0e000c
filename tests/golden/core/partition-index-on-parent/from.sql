CREATE TABLE page_hits (
    id bigint NOT NULL,
    hit_at timestamptz NOT NULL,
    url text NOT NULL,
    visitor uuid
) PARTITION BY RANGE (hit_at);
CREATE TABLE page_hits_2024_01 PARTITION OF page_hits FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2024-02-01 00:00+00');
CREATE TABLE page_hits_2024_02 PARTITION OF page_hits FOR VALUES FROM ('2024-02-01 00:00+00') TO ('2024-03-01 00:00+00');
