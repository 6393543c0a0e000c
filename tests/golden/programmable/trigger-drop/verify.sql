DO $$
BEGIN
    ASSERT (SELECT count(*) FROM memory_fragments) = 2, 'rows lost';
    ASSERT (SELECT word_count FROM memory_fragments WHERE id = 1) = 4, 'computed values lost';
    INSERT INTO memory_fragments (id, body) VALUES (3, 'one two');
    ASSERT (SELECT word_count FROM memory_fragments WHERE id = 3) IS NULL, 'trigger still fires';
    DELETE FROM memory_fragments WHERE id = 3;
END $$;
