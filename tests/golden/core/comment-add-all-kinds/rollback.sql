-- schemac rollback plan: 9 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- remove comment on schema inventory
COMMENT ON SCHEMA inventory IS NULL;

-- remove comment on extension hstore
COMMENT ON EXTENSION hstore IS NULL;

-- remove comment on type inventory.item_state
COMMENT ON TYPE inventory.item_state IS NULL;

-- remove comment on sequence inventory.item_code_seq
COMMENT ON SEQUENCE inventory.item_code_seq IS NULL;

-- remove comment on table inventory.items
COMMENT ON TABLE inventory.items IS NULL;

-- remove comment on column inventory.items.code
COMMENT ON COLUMN inventory.items.code IS NULL;

-- remove comment on constraint items_pkey on inventory.items
COMMENT ON CONSTRAINT items_pkey ON inventory.items IS NULL;

-- remove comment on constraint items_price_positive on inventory.items
COMMENT ON CONSTRAINT items_price_positive ON inventory.items IS NULL;

-- remove comment on index inventory.items_state_idx
COMMENT ON INDEX inventory.items_state_idx IS NULL;

COMMIT;
