DO $$
BEGIN
    ASSERT (SELECT count(*) FROM reading_progress) = 2, 'rows lost';
    ASSERT pg_typeof(total_pages_read(1))::text = 'bigint', 'still integer';
    ASSERT total_pages_read(1) = 150, 'wrong total';
    ASSERT obj_description('total_pages_read(bigint)'::regprocedure, 'pg_proc') = 'Pages read across all books', 'comment lost';
END $$;
