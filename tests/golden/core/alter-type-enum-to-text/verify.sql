DO $$
BEGIN
    ASSERT (SELECT count(*) FROM accounts) = 3, 'rows lost';
    ASSERT (SELECT pg_typeof(state)::text FROM accounts LIMIT 1) = 'text', 'state is not text';
    ASSERT (SELECT state FROM accounts WHERE id = 2) = 'closed', 'value changed';
    ASSERT NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'account_state'), 'enum type still exists';
END $$;
