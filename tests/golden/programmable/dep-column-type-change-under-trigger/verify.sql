DO $$
BEGIN
    ASSERT (SELECT count(*) FROM reading_progress) = 2, 'rows lost';
    ASSERT pg_typeof((SELECT pages_read FROM reading_progress LIMIT 1))::text = 'bigint', 'not retyped';
    UPDATE reading_progress SET pages_read = 100 WHERE id = 1;
    ASSERT (SELECT completed_at IS NOT NULL FROM reading_progress WHERE id = 1), 'trigger lost';
    UPDATE reading_progress SET pages_read = 10, completed_at = NULL WHERE id = 1;
END $$;
