INSERT INTO authors VALUES (1, 'Le Guin'), (2, 'Pratchett');
INSERT INTO books VALUES (10, 1, NULL, 'Earthsea'), (11, 2, 1, 'Discworld'), (12, NULL, NULL, 'Anon');
