DO $$
BEGIN
    ASSERT (SELECT count(*) FROM submissions) = 2, 'rows lost';
    ASSERT (SELECT percent FROM graded_submissions WHERE id = 1) = 66.7, 'view does not use the new function';
END $$;
