INSERT INTO calendar.day_opens (id, opened_on, in_season) VALUES (1, '2024-12-03', true), (2, '2024-12-25', false);
