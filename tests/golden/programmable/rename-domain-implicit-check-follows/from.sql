CREATE DOMAIN pos AS integer CHECK (VALUE > 0);
CREATE TABLE stock (sku text PRIMARY KEY, on_hand pos NOT NULL);
