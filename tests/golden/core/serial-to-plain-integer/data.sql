INSERT INTO legacy_orders (note) VALUES ('first'), ('second');
