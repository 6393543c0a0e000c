INSERT INTO users VALUES (1), (2);
INSERT INTO logins VALUES (1, 1), (2, 2);
