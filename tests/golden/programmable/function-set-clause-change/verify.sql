DO $$
BEGIN
    ASSERT (SELECT proconfig FROM pg_proc WHERE oid = 'heavy_report(integer)'::regprocedure) = '{statement_timeout=2min,lock_timeout=5s}', 'wrong SET clauses';
END $$;
