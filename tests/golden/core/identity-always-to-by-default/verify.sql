DO $$
BEGIN
    ASSERT (SELECT count(*) FROM app.tenants) = 2, 'rows lost';
    ASSERT (SELECT name FROM app.tenants WHERE id = 2) = 'globex', 'row changed';
    ASSERT (SELECT attidentity FROM pg_attribute WHERE attrelid = 'app.tenants'::regclass AND attname = 'id') = 'd', 'not BY DEFAULT';
    ASSERT (SELECT last_value FROM app.tenants_id_seq) = 2, 'identity sequence was reset or recreated';
END $$;
