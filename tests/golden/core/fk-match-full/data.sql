INSERT INTO regions VALUES ('DE', 'BY'), ('DE', 'BE');
INSERT INTO stores VALUES (1, 'DE', 'BY'), (2, NULL, NULL);
