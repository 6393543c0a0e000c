DO $$
BEGIN
    ASSERT (SELECT count(*) FROM children) = 2, 'rows lost';
    ASSERT (SELECT age FROM children_ages WHERE id = 1) = 7, 'wrong age for Mia';
    ASSERT (SELECT age FROM children_ages WHERE id = 2) = 4, 'wrong age for Leo';
END $$;
