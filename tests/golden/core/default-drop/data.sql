INSERT INTO tasks (id) VALUES (1), (2);
