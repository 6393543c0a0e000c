INSERT INTO classroom.rooms VALUES (1, 'Room A');
