INSERT INTO calendar.advent_calendars VALUES (1, '2024-12-01', 24);
