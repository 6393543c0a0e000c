DO $$
BEGIN
    ASSERT (SELECT relrowsecurity AND relforcerowsecurity FROM pg_class WHERE oid = 'chat_sessions'::regclass), 'RLS not forced';
END $$;
