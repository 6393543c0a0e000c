-- case: adding a list partition for new values to an existing LIST-partitioned table keeps existing rows in place.
CREATE TABLE tickets (
    id bigint NOT NULL,
    queue text NOT NULL,
    subject text
) PARTITION BY LIST (queue);
CREATE TABLE tickets_support PARTITION OF tickets FOR VALUES IN ('support');
CREATE TABLE tickets_sales PARTITION OF tickets FOR VALUES IN ('sales', 'presales');
CREATE TABLE tickets_billing PARTITION OF tickets FOR VALUES IN ('billing', 'refunds');
