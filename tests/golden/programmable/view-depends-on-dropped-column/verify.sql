DO $$
BEGIN
    ASSERT (SELECT count(*) FROM vocabulary_words) = 2, 'rows lost';
    ASSERT (SELECT definition FROM vocabulary_words WHERE id = 2) = 'warm and comfortable', 'data changed';
    ASSERT (SELECT count(*) FROM vocabulary_catalog) = 2, 'view broken';
    ASSERT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name IN ('vocabulary_words', 'vocabulary_catalog') AND column_name = 'legacy_level'), 'legacy_level still there';
END $$;
