INSERT INTO accounts VALUES (1, 'active'), (2, 'closed'), (3, 'suspended');
