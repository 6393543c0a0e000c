INSERT INTO legacy.old_users VALUES (1, 'gone');
INSERT INTO kept VALUES (1);
