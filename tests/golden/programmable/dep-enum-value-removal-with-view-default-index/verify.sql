DO $$
BEGIN
    ASSERT (SELECT count(*) FROM support_tickets) = 3, 'rows lost';
    ASSERT (SELECT string_agg(state::text, ',' ORDER BY id) FROM support_tickets) = 'open,pending,closed', 'states changed';
    ASSERT (SELECT array_agg(enumlabel ORDER BY enumsortorder) FROM pg_enum WHERE enumtypid = 'ticket_state'::regtype) = '{open,pending,closed}', 'enum not rebuilt';
    ASSERT (SELECT count(*) FROM open_tickets) = 2, 'view wrong';
    ASSERT has_table_privilege('app_reader', 'open_tickets', 'SELECT'), 'view grant lost';
    ASSERT to_regclass('support_tickets_open_idx') IS NOT NULL AND to_regclass('support_tickets_state_idx') IS NOT NULL, 'index lost';
    ASSERT NOT EXISTS (SELECT 1 FROM pg_type WHERE typname LIKE 'ticket_state%' AND typname <> 'ticket_state'), 'old enum left behind';
    INSERT INTO support_tickets (id, subject) VALUES (4, 'new');
    ASSERT (SELECT state FROM support_tickets WHERE id = 4) = 'open', 'default lost';
    DELETE FROM support_tickets WHERE id = 4;
END $$;
