CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers ON DELETE CASCADE,
    referrer_id bigint REFERENCES customers (id) ON DELETE RESTRICT,
    agent_id bigint,
    CONSTRAINT orders_agent_fk FOREIGN KEY (agent_id) REFERENCES customers (id) ON DELETE SET NULL
);
