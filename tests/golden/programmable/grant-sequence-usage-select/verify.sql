DO $$
BEGIN
    ASSERT has_sequence_privilege('app_writer', 'tickets_id_seq', 'USAGE'), 'USAGE on tickets_id_seq missing';
    ASSERT has_sequence_privilege('app_writer', 'ticket_number_seq', 'USAGE'), 'USAGE on ticket_number_seq missing';
    ASSERT has_sequence_privilege('app_reader', 'ticket_number_seq', 'SELECT'), 'SELECT missing';
    ASSERT NOT has_sequence_privilege('app_reader', 'ticket_number_seq', 'USAGE'), 'app_reader should not have USAGE';
END $$;
