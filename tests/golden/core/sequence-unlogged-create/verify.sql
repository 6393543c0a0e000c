DO $$
BEGIN
    ASSERT (SELECT string_agg(relname || '=' || relpersistence::text, ',' ORDER BY relname) FROM pg_class WHERE relkind = 'S')
        = 'kept_rows_id_seq=p,scratch_rows_id_seq=u,ticket_numbers=u', 'sequence persistence differs';
END $$;
