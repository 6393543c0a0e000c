INSERT INTO users VALUES (1, 'alice'), (2, 'bob_the_builder_2000');
