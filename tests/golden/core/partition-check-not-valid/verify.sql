DO $$
BEGIN
    ASSERT (SELECT count(*) FROM pg_constraint WHERE conname = 'readings_celsius_physical' AND NOT convalidated) = 3,
        'the check and its copies on both partitions must all be NOT VALID';
END $$;
