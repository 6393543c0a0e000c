INSERT INTO settings VALUES ('site_name', 'shop');
