INSERT INTO calendar_themes VALUES (1, '#FFAA00'), (2, '#00aa11');
