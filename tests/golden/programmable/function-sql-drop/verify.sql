DO $$
BEGIN
    ASSERT (SELECT count(*) FROM users) = 1, 'rows lost';
    ASSERT to_regprocedure('public.email_local_part(text)') IS NULL, 'email_local_part still exists';
    ASSERT email_domain('ann@example.com') = 'example.com', 'email_domain broken';
END $$;
