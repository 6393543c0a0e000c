INSERT INTO books VALUES (1, 'The Snowy Day', 'Keats');
