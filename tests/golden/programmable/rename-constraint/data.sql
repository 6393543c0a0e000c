INSERT INTO classrooms VALUES (1);
INSERT INTO enrollments VALUES (1, 1, 10), (2, 1, 11);
