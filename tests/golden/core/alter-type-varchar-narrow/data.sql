INSERT INTO countries VALUES (1, 'DE'), (2, 'FR'), (3, 'US');
