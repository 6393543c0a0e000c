INSERT INTO users VALUES (1, 'ann@example.com');
INSERT INTO legacy_notes VALUES (1, 1, 'hello', NULL);
