DO $$
BEGIN
    ASSERT (SELECT count(*) FROM notes) = 2, 'rows lost';
    ASSERT (SELECT body FROM notes WHERE note_id = 20) = 'twenty', 'row changed';
    ASSERT (SELECT attidentity FROM pg_attribute WHERE attrelid = 'notes'::regclass AND attname = 'note_id') = 'd', 'note_id is not BY DEFAULT identity';
END $$;
