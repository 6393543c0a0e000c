DO $$
BEGIN
    ASSERT (SELECT count(*) FROM enrollments) = 2, 'rows lost';
    ASSERT (SELECT string_agg(conname, ',' ORDER BY conname) FROM pg_constraint WHERE conrelid = 'enrollments'::regclass AND contype <> 'n') = 'enrollments_classroom_id_fkey,enrollments_classroom_id_student_id_key,enrollments_pkey', 'constraints not renamed';
    ASSERT to_regclass('enrollments_pkey') IS NOT NULL AND to_regclass('enrollments_pk') IS NULL, 'index of the primary key not renamed';
END $$;
