DO $$
BEGIN
    ASSERT (SELECT count(*) FROM classroom.enrollments_of(1)) = 2, 'SETOF table broken';
    ASSERT (SELECT array_agg(s) FROM classroom.student_ids(1) s) = '{10,11}', 'SETOF bigint broken';
    ASSERT (SELECT students FROM classroom.class_sizes() WHERE classroom_id = 1) = 2, 'RETURNS TABLE broken';
END $$;
