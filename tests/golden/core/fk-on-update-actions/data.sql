INSERT INTO currencies VALUES ('EUR'), ('USD');
INSERT INTO prices VALUES (1, 'EUR', 'USD'), (2, 'USD', NULL);
