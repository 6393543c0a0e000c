INSERT INTO measurements VALUES (1, '{1,2,3}', '{a,b}'), (2, '{}', NULL), (3, ARRAY[2147483647], ARRAY['x']);
