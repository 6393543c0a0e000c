DO $$
BEGIN
    ASSERT (SELECT count(*) FROM students) = 2, 'rows lost';
    ASSERT (SELECT string_agg(conname, ',' ORDER BY conname) FROM pg_constraint WHERE conrelid = 'students'::regclass) = 'students_email_key,students_grade_check,students_pkey', 'constraint names not renamed';
    ASSERT to_regclass('students_id_seq') IS NOT NULL, 'sequence not renamed';
    INSERT INTO students (email) VALUES ('c@school.test');
    ASSERT (SELECT max(id) FROM students) = 3, 'sequence position lost';
    DELETE FROM students WHERE id = 3;
END $$;
