DO $$
BEGIN
    ASSERT (SELECT count(*) FROM victims) = 1, 'victims lost';
END $$;
