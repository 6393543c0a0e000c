DO $$
BEGIN
    ASSERT quiz_points(3, 3) = 35, 'quiz_points wrong';
    ASSERT points_for(3, 2) = 6, 'new signature missing';
    ASSERT to_regprocedure('points_for(integer)') IS NULL, 'old signature still exists';
END $$;
