INSERT INTO subscribers VALUES (1, 'a@x', 1), (2, 'b@x', 1), (3, 'c@x', 2);
