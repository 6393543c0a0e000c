INSERT INTO classroom.enrollments VALUES (1, 10, '2024-09-01'), (1, 11, '2024-09-03'), (2, 10, '2024-09-02');
