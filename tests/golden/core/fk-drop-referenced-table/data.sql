INSERT INTO warehouses VALUES (1, 'Berlin');
INSERT INTO stock VALUES (1, 1, 'SKU-1'), (2, NULL, 'SKU-2');
