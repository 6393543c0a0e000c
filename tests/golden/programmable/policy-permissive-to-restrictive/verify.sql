DO $$
BEGIN
    ASSERT (SELECT permissive FROM pg_policies WHERE policyname = 'media_assets_not_quarantined') = 'RESTRICTIVE', 'still permissive';
END $$;
