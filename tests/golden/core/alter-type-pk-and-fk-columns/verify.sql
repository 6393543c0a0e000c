DO $$
BEGIN
    ASSERT (SELECT count(*) FROM transfers) = 2, 'rows lost';
    ASSERT (SELECT pg_typeof(from_account)::text FROM transfers LIMIT 1) = 'bigint', 'from_account not bigint';
    ASSERT (SELECT pg_typeof(id)::text FROM accounts LIMIT 1) = 'bigint', 'accounts.id not bigint';
    ASSERT (SELECT count(*) FROM pg_constraint WHERE conrelid = 'transfers'::regclass AND contype = 'f') = 2, 'FKs lost';
END $$;
