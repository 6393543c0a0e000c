INSERT INTO calendar.gifts VALUES (1, 10, 'Sled'), (2, 10, 'Mittens');
