-- row 3 violates the new rule; only a NOT VALID check can be added over it
INSERT INTO readings VALUES (1, 21.5), (2, -4.0), (3, -300.0);
