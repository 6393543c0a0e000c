DO $$
BEGIN
    ASSERT (SELECT count(*) FROM classroom.assignments) = 3, 'rows lost';
    ASSERT (SELECT count(*) FROM classroom.published_assignments) = 2, 'base view wrong';
    ASSERT (SELECT count(*) FROM classroom.assignments_due_soon) = 1, 'top view wrong';
    ASSERT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'classroom' AND table_name = 'published_assignments' AND column_name = 'instructions'), 'instructions still in base view';
END $$;
