DO $$
BEGIN
    ASSERT (SELECT count(*) FROM addresses) = 2, 'rows lost';
    ASSERT (SELECT conname FROM pg_constraint WHERE contypid = 'postal_code'::regtype) = 'postal_code_format', 'constraint not renamed';
END $$;
