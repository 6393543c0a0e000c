DO $$
BEGIN
    INSERT INTO classrooms VALUES (1, 'Room A');
    INSERT INTO assignments VALUES (1, 'Fractions');
    ASSERT (SELECT string_agg(source || '/' || severity, ',' ORDER BY id) FROM change_log) = 'classrooms/teacher''s edit,assignments/42', 'trigger arguments wrong';
    DELETE FROM change_log; DELETE FROM classrooms; DELETE FROM assignments;
END $$;
