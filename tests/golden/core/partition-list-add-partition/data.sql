INSERT INTO tickets VALUES (1, 'support', 'help'), (2, 'presales', 'quote');
