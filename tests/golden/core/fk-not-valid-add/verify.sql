DO $$
BEGIN
    ASSERT (SELECT count(*) FROM logins) = 3, 'rows lost (the orphan row must survive)';
    ASSERT (SELECT NOT convalidated FROM pg_constraint WHERE conname = 'logins_user_id_fkey'), 'FK missing or validated';
END $$;
