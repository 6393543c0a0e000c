DO $$
BEGIN
    ASSERT (SELECT count(*) FROM comments) = 3, 'rows lost';
    ASSERT (SELECT count(DISTINCT id) FROM comments WHERE id IS NOT NULL) = 3, 'existing rows not numbered';
    ASSERT (SELECT author FROM comments WHERE body = 'second') = 'bob', 'author changed';
    ASSERT pg_get_serial_sequence('comments', 'id') = 'public.comments_id_seq', 'sequence not owned by the column';
END $$;
