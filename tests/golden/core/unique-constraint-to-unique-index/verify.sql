DO $$
BEGIN
    ASSERT (SELECT count(*) FROM subscribers) = 3, 'rows lost';
    ASSERT NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'subscribers_email_key'), 'subscribers_email_key should be a plain index';
    ASSERT EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = 'subscribers_email_key'::regclass AND indisunique), 'unique index missing';
    ASSERT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'subscribers_list_email_idx' AND contype = 'u'), 'constraint missing';
END $$;
