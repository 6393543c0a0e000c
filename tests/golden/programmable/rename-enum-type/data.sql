INSERT INTO assignments VALUES (1, 'published', '{draft,published}'), (2, 'draft', '{}');
