DO $$
BEGIN
    ASSERT (SELECT count(*) FROM people) = 2, 'rows lost';
    ASSERT (SELECT email_domain FROM people WHERE id = 1) = 'example.com', 'computed value lost';
    ASSERT (SELECT email_domain FROM people WHERE id = 2) = 'example.org', 'computed value lost';
    ASSERT (SELECT attgenerated FROM pg_attribute WHERE attrelid = 'people'::regclass AND attname = 'email_domain') = '', 'still generated';
END $$;
