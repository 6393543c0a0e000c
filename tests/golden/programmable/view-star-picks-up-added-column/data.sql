INSERT INTO media_assets VALUES (1, 'https://cdn.example.com/a.png', 'image');
