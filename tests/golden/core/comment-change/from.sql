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

COMMENT ON SCHEMA inventory IS 'Warehouse inventory';
COMMENT ON TABLE inventory.items IS 'One row per physical item';
COMMENT ON COLUMN inventory.items.code IS 'Printed on the barcode label';
COMMENT ON CONSTRAINT items_price_positive ON inventory.items IS 'Free items are not stocked';
COMMENT ON INDEX inventory.items_state_idx IS 'Speeds up state filters';
COMMENT ON SEQUENCE inventory.item_code_seq IS 'Source of barcode numbers';
COMMENT ON TYPE inventory.item_state IS 'Condition of the item';
COMMENT ON EXTENSION hstore IS 'key/value attributes';
