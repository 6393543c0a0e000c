DO $$
BEGIN
    ASSERT (SELECT count(*) FROM "café") = 2, 'rows lost';
    ASSERT (SELECT "日本語" FROM "café" WHERE id = 1) = 'こんにちは', 'unicode value changed';
    ASSERT (SELECT pg_typeof("日本語")::text FROM "café" LIMIT 1) = 'text', 'type not changed';
    ASSERT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = '"café"'::regclass AND attname = 'größe'), 'column größe missing';
    ASSERT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = '"café"'::regclass AND attname = 'Ärger'), 'column Ärger missing (PostgreSQL does not fold non-ASCII letters)';
END $$;
