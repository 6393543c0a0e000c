-- case: creating a LIST-partitioned table with multi-value partitions, a partition for NULL, and a DEFAULT partition.
CREATE TABLE customers (
    id bigint NOT NULL,
    country char(2),
    name text NOT NULL
) PARTITION BY LIST (country);

CREATE TABLE customers_dach PARTITION OF customers FOR VALUES IN ('DE', 'AT', 'CH');
CREATE TABLE customers_us PARTITION OF customers FOR VALUES IN ('US');
CREATE TABLE customers_unknown PARTITION OF customers FOR VALUES IN (NULL);
CREATE TABLE customers_rest PARTITION OF customers DEFAULT;
