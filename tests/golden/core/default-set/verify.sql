DO $$
BEGIN
    ASSERT (SELECT count(*) FROM tasks) = 2, 'rows lost';
    ASSERT (SELECT status IS NULL AND created_at IS NULL FROM tasks WHERE id = 1), 'existing NULLs must not be back-filled';
    ASSERT (SELECT status FROM tasks WHERE id = 2) = 'done', 'status changed';
    ASSERT (SELECT retries FROM tasks WHERE id = 2) = 3, 'retries changed';
END $$;
