DO $$
BEGIN
    ASSERT (SELECT last_value FROM ticket_numbers) = 1001, 'the sequence value was lost';
    ASSERT (SELECT string_agg(relname || '=' || relpersistence::text, ',' ORDER BY relname) FROM pg_class WHERE relkind = 'S')
        = 'batch_numbers=p,ticket_numbers=u', 'sequence persistence differs';
END $$;
