DO $$
BEGIN
    ASSERT (SELECT count(*) FROM classroom.rooms) = 1, 'rows lost';
    ASSERT has_table_privilege('app_reader', 'classroom.seating_charts', 'SELECT'), 'new table did not get the default SELECT';
    ASSERT NOT has_table_privilege('app_writer', 'classroom.seating_charts', 'INSERT'), 'new table got the revoked default INSERT';
    ASSERT has_table_privilege('app_reader', 'classroom.rooms', 'SELECT'), 'existing table lost app_reader SELECT';
    ASSERT NOT has_table_privilege('app_writer', 'classroom.rooms', 'INSERT'), 'existing table kept the privileges of the removed default';
END $$;
