DO $$
BEGIN
    ASSERT (SELECT count(*) FROM members) = 2, 'rows lost';
    ASSERT NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'members'::regclass AND contype = 'u'), 'unique constraints still present';
END $$;
