INSERT INTO classrooms VALUES (1, 'Room A', 3, NULL), (2, 'Room B', 4, 7);
