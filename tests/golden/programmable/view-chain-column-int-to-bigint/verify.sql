DO $$
BEGIN
    ASSERT (SELECT count(*) FROM reading_sessions) = 4, 'rows lost';
    ASSERT (SELECT pg_typeof(student_id)::text FROM reading_sessions LIMIT 1) = 'bigint', 'column not retyped';
    ASSERT (SELECT pg_typeof(student_id)::text FROM student_reading_totals LIMIT 1) = 'bigint', 'top view still integer';
    ASSERT (SELECT total_minutes FROM student_reading_totals WHERE student_id = 7) = 35, 'wrong total';
    ASSERT has_table_privilege('app_reader', 'student_reading_totals', 'SELECT'), 'grant lost';
    ASSERT obj_description('student_reading_totals'::regclass, 'pg_class') = 'Minutes read per student', 'comment lost';
END $$;
