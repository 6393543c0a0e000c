DO $$
BEGIN
    ASSERT (SELECT count(*) FROM tickets) = 2, 'rows lost';
    ASSERT obj_description('ticket_state'::regtype, 'pg_type') = 'Where a ticket is; it''s shown to users', 'comment lost with the rebuild';
END $$;
