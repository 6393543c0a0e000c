INSERT INTO calendar_days VALUES (1, 1, 'Snow'), (1, 24, 'Eve');
