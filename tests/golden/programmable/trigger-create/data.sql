INSERT INTO classroom_posts VALUES (1, 1, 'Welcome!', false), (2, 1, 'Homework', false);
