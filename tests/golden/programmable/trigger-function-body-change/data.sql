INSERT INTO surprises (id, title) VALUES (1, 'Running reindeer');
