INSERT INTO settings VALUES ('theme', 'dark'), ('lang', 'en');
INSERT INTO user_roles VALUES (1, 1), (1, 2), (2, 1);
