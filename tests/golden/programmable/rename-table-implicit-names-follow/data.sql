INSERT INTO pupils (email, grade) VALUES ('a@school.test', 3), ('b@school.test', 4);
