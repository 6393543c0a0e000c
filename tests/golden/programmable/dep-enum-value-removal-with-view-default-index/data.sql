INSERT INTO support_tickets VALUES (1, 'Calendar will not open', 'open'), (2, 'Wrong surprise', 'pending'), (3, 'Thanks!', 'closed');
