CREATE TABLE tickets (
    id bigint NOT NULL,
    queue text NOT NULL,
    subject text
) PARTITION BY LIST (queue);
CREATE TABLE tickets_support PARTITION OF tickets FOR VALUES IN ('support');
CREATE TABLE tickets_sales PARTITION OF tickets FOR VALUES IN ('sales', 'presales');
