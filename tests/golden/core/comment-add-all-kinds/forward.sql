-- schemac forward plan: 9 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- comment on schema inventory
COMMENT ON SCHEMA inventory IS 'Warehouse inventory';

-- comment on extension hstore
COMMENT ON EXTENSION hstore IS 'key/value attributes';

-- comment on type inventory.item_state
COMMENT ON TYPE inventory.item_state IS 'Condition of the item';

-- comment on sequence inventory.item_code_seq
COMMENT ON SEQUENCE inventory.item_code_seq IS 'Source of barcode numbers';

-- comment on table inventory.items
COMMENT ON TABLE inventory.items IS 'One row per physical item';

-- comment on column inventory.items.code
COMMENT ON COLUMN inventory.items.code IS 'Printed on the barcode label';

-- comment on constraint items_pkey on inventory.items
COMMENT ON CONSTRAINT items_pkey ON inventory.items IS 'implicit PK name';

-- comment on constraint items_price_positive on inventory.items
COMMENT ON CONSTRAINT items_price_positive ON inventory.items IS 'Free items are not stocked';

-- comment on index inventory.items_state_idx
COMMENT ON INDEX inventory.items_state_idx IS 'Speeds up state filters';

COMMIT;
