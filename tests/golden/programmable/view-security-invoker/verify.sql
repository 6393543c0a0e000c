DO $$
BEGIN
    ASSERT (SELECT reloptions FROM pg_class WHERE oid = 'child_names'::regclass) = '{security_invoker=true}', 'security_invoker not set';
END $$;
