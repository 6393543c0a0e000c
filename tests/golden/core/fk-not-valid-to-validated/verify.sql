DO $$
BEGIN
    ASSERT (SELECT count(*) FROM logins) = 2, 'rows lost';
    ASSERT (SELECT convalidated FROM pg_constraint WHERE conname = 'logins_user_fk'), 'FK not validated';
END $$;
