DO $$
BEGIN
    ASSERT (SELECT count(*) FROM articles) = 2, 'rows lost';
    ASSERT (SELECT pg_typeof(title)::text FROM articles LIMIT 1) = 'text', 'title not text';
    ASSERT (SELECT pg_typeof(slug)::text FROM articles LIMIT 1) = 'text', 'slug not text';
    ASSERT (SELECT title FROM articles WHERE id = 2) = 'World', 'title changed';
END $$;
