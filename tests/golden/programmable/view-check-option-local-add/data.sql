INSERT INTO enrollments VALUES (1, 1, 100, 'active'), (2, 1, 101, 'withdrawn');
