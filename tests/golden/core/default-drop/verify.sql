DO $$
BEGIN
    ASSERT (SELECT count(*) FROM tasks) = 2, 'rows lost';
    ASSERT (SELECT count(*) FROM tasks WHERE status = 'todo' AND retries = 0 AND created_at IS NOT NULL) = 2, 'existing values changed';
    ASSERT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'tasks' AND column_default IS NOT NULL), 'defaults still present';
END $$;
