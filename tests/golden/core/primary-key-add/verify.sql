DO $$
BEGIN
    ASSERT (SELECT count(*) FROM settings) = 2, 'settings rows lost';
    ASSERT (SELECT count(*) FROM user_roles) = 3, 'user_roles rows lost';
    ASSERT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'settings_pkey' AND contype = 'p'), 'settings_pkey missing';
    ASSERT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'user_roles_pk' AND contype = 'p'), 'user_roles_pk missing';
END $$;
