CREATE SCHEMA inventory;
CREATE EXTENSION hstore;
CREATE TYPE inventory.item_state AS ENUM ('new', 'used');
CREATE SEQUENCE inventory.item_code_seq;
CREATE TABLE inventory.items (
    id int PRIMARY KEY,
    code bigint NOT NULL DEFAULT nextval('inventory.item_code_seq'),
    state inventory.item_state NOT NULL,
    price numeric(10, 2) CONSTRAINT items_price_positive CHECK (price > 0),
    attrs hstore
);
CREATE INDEX items_state_idx ON inventory.items (state);
