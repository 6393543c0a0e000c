DO $$
BEGIN
    ASSERT (SELECT count(*) FROM classrooms) = 2, 'rows lost';
    ASSERT (SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'classroom_overview'::regclass AND attnum > 0) = 'id,grade,name,teacher_id', 'view columns not reordered';
END $$;
