-- case: dropping the oldest range partition deletes its rows (destructive) while rows in the remaining partitions stay.
CREATE TABLE orders (
    id bigint NOT NULL,
    ordered_on date NOT NULL,
    amount numeric(10, 2),
    PRIMARY KEY (id, ordered_on)
) PARTITION BY RANGE (ordered_on);
CREATE TABLE orders_2023 PARTITION OF orders FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
