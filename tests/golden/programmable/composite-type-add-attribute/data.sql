INSERT INTO schools VALUES (1, 'North Elementary', ROW('1 Main St', 'Springfield', '12345'));
