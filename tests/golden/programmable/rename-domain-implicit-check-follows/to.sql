-- case: a domain renamed by annotation keeps its implicitly named CHECK (PostgreSQL does not rename it): the constraint, matched by its definition, is renamed to the name the new domain implies.
-- schemac:renamed-from pos
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE TABLE stock (sku text PRIMARY KEY, on_hand positive NOT NULL);
