-- case: changing the text of existing comments on every object kind replaces them in place (COMMENT ON ... IS 'new').
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

COMMENT ON SCHEMA inventory IS 'Warehouse inventory (v2)';
COMMENT ON TABLE inventory.items IS 'One row per physical item, including returns';
COMMENT ON COLUMN inventory.items.code IS 'Printed on the barcode label (EAN-13)';
COMMENT ON CONSTRAINT items_price_positive ON inventory.items IS 'Free items are stocked elsewhere';
COMMENT ON INDEX inventory.items_state_idx IS 'Speeds up state filters on the dashboard';
COMMENT ON SEQUENCE inventory.item_code_seq IS 'Source of barcode numbers since 2024';
COMMENT ON TYPE inventory.item_state IS 'Physical condition of the item';
COMMENT ON EXTENSION hstore IS 'legacy key/value attributes';
