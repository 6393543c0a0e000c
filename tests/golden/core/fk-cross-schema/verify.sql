DO $$
BEGIN
    ASSERT (SELECT count(*) FROM billing.subscriptions) = 1, 'rows lost';
    ASSERT (SELECT confrelid FROM pg_constraint WHERE conname = 'subscriptions_user_id_fkey') = 'auth.users'::regclass, 'cross-schema FK missing';
END $$;
