DO $$
BEGIN
    ASSERT (SELECT count(*) FROM media_assets) = 1, 'rows lost';
    ASSERT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'all_media' AND column_name = 'alt_text'), 'view did not pick up alt_text';
END $$;
