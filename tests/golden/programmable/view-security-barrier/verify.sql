DO $$
BEGIN
    ASSERT (SELECT reloptions FROM pg_class WHERE oid = 'shared_fragments'::regclass) = '{security_barrier=true}', 'security_barrier not set';
END $$;
