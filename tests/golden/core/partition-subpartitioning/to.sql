-- case: creating multi-level partitioning (RANGE by year; 2024 sub-partitioned by LIST of region with a sub-DEFAULT, 2025 sub-partitioned by HASH) requires creating each level in order parent, child, grandchild.
CREATE TABLE sales (
    id bigint NOT NULL,
    sold_on date NOT NULL,
    region text NOT NULL,
    amount numeric(12, 2) NOT NULL,
    PRIMARY KEY (id, sold_on, region)
) PARTITION BY RANGE (sold_on);

CREATE TABLE sales_2024 PARTITION OF sales
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
    PARTITION BY LIST (region);

CREATE TABLE sales_2024_eu PARTITION OF sales_2024 FOR VALUES IN ('eu');
CREATE TABLE sales_2024_us PARTITION OF sales_2024 FOR VALUES IN ('us');
CREATE TABLE sales_2024_other PARTITION OF sales_2024 DEFAULT;

CREATE TABLE sales_2025 PARTITION OF sales
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
    PARTITION BY HASH (id);

CREATE TABLE sales_2025_h0 PARTITION OF sales_2025 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE sales_2025_h1 PARTITION OF sales_2025 FOR VALUES WITH (MODULUS 2, REMAINDER 1);
