DO $$
DECLARE
    p pg_proc;
BEGIN
    SELECT * INTO p FROM pg_proc WHERE oid = 'words_at_level(smallint)'::regprocedure;
    ASSERT p.proparallel = 's' AND p.procost = 25 AND p.prorows = 200, 'attributes not changed';
END $$;
