-- case: rotating ON DELETE actions (CASCADE to RESTRICT, RESTRICT to SET NULL, SET NULL to CASCADE) rebuilds each FK under its existing name.
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers ON DELETE RESTRICT,
    referrer_id bigint REFERENCES customers (id) ON DELETE SET NULL,
    agent_id bigint,
    CONSTRAINT orders_agent_fk FOREIGN KEY (agent_id) REFERENCES customers (id) ON DELETE CASCADE
);
