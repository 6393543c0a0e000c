INSERT INTO playlist_items VALUES (1, 1, 'intro'), (1, 2, 'song'), (2, 1, 'other');
