INSERT INTO classrooms VALUES (1, 'Room A', 3), (2, 'Room B', 8);
