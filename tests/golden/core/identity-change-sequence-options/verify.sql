DO $$
BEGIN
    ASSERT (SELECT count(*) FROM tickets) = 2, 'rows lost';
    ASSERT (SELECT subject FROM tickets WHERE id = 2) = 'y', 'row changed';
    ASSERT (SELECT seqincrement FROM pg_sequence WHERE seqrelid = 'tickets_id_seq'::regclass) = 10, 'increment not changed';
    ASSERT (SELECT seqcache FROM pg_sequence WHERE seqrelid = 'tickets_id_seq'::regclass) = 20, 'cache not changed';
    ASSERT (SELECT seqstart FROM pg_sequence WHERE seqrelid = 'tickets_id_seq'::regclass) = 1000, 'start not changed';
END $$;
