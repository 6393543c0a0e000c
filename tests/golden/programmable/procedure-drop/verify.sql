DO $$
BEGIN
    ASSERT (SELECT count(*) FROM audit_log) = 2, 'rows lost';
    ASSERT NOT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'trim_audit_log'), 'procedure still exists';
END $$;
