INSERT INTO calendar_days (id, title) VALUES (1, 'Snow Day');
