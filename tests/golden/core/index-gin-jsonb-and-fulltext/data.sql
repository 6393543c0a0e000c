INSERT INTO documents VALUES
    (1, 'Intro', 'The quick brown fox', '{"lang": "en", "tags": ["a"]}', '{x,y}'),
    (2, 'Más', 'jumps over the lazy dog', '{"lang": "es"}', NULL);
