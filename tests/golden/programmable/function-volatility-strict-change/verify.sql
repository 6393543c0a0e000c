DO $$
BEGIN
    ASSERT (SELECT provolatile FROM pg_proc WHERE oid = 'slugify(text)'::regprocedure) = 'i', 'not immutable';
    ASSERT (SELECT proisstrict FROM pg_proc WHERE oid = 'slugify(text)'::regprocedure), 'not strict';
    ASSERT slugify(' Hello World! ') = 'hello-world-', 'body changed';
END $$;
