DO $$
BEGIN
    ASSERT (SELECT count(*) FROM members) = 3, 'rows lost';
    ASSERT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'members_email_key' AND contype = 'u'), 'members_email_key missing';
    ASSERT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'members_org_handle_uq' AND contype = 'u'), 'members_org_handle_uq missing';
END $$;
