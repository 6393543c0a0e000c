INSERT INTO legacy_imports VALUES (1, '123'), (2, '-7'), (3, NULL);
