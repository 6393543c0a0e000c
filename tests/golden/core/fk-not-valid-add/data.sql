INSERT INTO users VALUES (1), (2);
-- user 99 does not exist: only a NOT VALID FK can be added over this row
INSERT INTO logins VALUES (1, 1), (2, 2), (3, 99);
