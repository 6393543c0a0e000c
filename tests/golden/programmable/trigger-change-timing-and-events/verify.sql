DO $$
BEGIN
    INSERT INTO enrollments VALUES (1, 1, 10);
    DELETE FROM enrollments WHERE id = 1;
    ASSERT (SELECT string_agg(op, ',' ORDER BY id) FROM enrollment_audit) = 'INSERT,DELETE', 'trigger events not changed';
    DELETE FROM enrollment_audit;
END $$;
