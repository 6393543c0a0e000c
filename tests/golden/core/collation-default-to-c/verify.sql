DO $$
BEGIN
    ASSERT (SELECT count(*) FROM "Files") = 2, 'rows lost';
    ASSERT (SELECT path FROM "Files" WHERE id = 2) = '/tmp/a.txt', 'value changed';
    ASSERT (SELECT collname FROM pg_attribute a JOIN pg_collation c ON c.oid = a.attcollation
            WHERE attrelid = '"Files"'::regclass AND attname = 'path') = 'C', 'path should be C';
    ASSERT (SELECT collname FROM pg_attribute a JOIN pg_collation c ON c.oid = a.attcollation
            WHERE attrelid = '"Files"'::regclass AND attname = 'ext') = 'C', 'ext should be C';
END $$;
