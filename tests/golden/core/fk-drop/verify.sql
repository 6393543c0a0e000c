DO $$
BEGIN
    ASSERT (SELECT count(*) FROM books) = 2, 'rows lost';
    ASSERT (SELECT editor_id FROM books WHERE id = 10) = 2, 'values changed';
    ASSERT NOT EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f'), 'foreign keys still present';
END $$;
