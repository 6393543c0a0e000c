INSERT INTO raw_events VALUES (1, '{"a":1}'), (2, '{"b":2}');
