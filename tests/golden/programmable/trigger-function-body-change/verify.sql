DO $$
BEGIN
    ASSERT (SELECT title_search FROM surprises WHERE id = 1) = to_tsvector('simple', 'Running reindeer'), 'existing row rewritten';
    INSERT INTO surprises (id, title) VALUES (2, 'Running reindeer');
    ASSERT (SELECT title_search FROM surprises WHERE id = 2) = to_tsvector('english', 'Running reindeer'), 'old trigger function body still in use';
    DELETE FROM surprises WHERE id = 2;
END $$;
