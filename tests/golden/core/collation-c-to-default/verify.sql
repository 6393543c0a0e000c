DO $$
BEGIN
    ASSERT (SELECT count(*) FROM tags) = 3, 'rows lost';
    ASSERT (SELECT name FROM tags WHERE id = 2) = 'Beta', 'value changed';
    ASSERT (SELECT attcollation FROM pg_attribute WHERE attrelid = 'tags'::regclass AND attname = 'name') = 100, 'name should use the default collation';
    ASSERT (SELECT collname FROM pg_attribute a JOIN pg_collation c ON c.oid = a.attcollation
            WHERE attrelid = 'tags'::regclass AND attname = 'description') = 'POSIX', 'description should be POSIX';
END $$;
