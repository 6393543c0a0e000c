INSERT INTO classrooms VALUES (1, 'Room A', 'RA01'), (2, 'Room B', NULL);
