DO $$
BEGIN
    ASSERT (SELECT cmd FROM pg_policies WHERE policyname = 'discussion_posts_author') = 'DELETE', 'command not changed';
END $$;
