DO $$
BEGIN
    ASSERT (SELECT count(*) FROM tickets) = 4, 'rows lost';
    ASSERT (SELECT pg_typeof(priority)::text FROM tickets LIMIT 1) = 'ticket_priority', 'priority is not the enum';
    ASSERT (SELECT priority::text FROM tickets WHERE id = 3) = 'high', 'value changed';
    ASSERT (SELECT count(*) FROM tickets WHERE priority = 'normal') = 2, 'normal rows changed';
END $$;
