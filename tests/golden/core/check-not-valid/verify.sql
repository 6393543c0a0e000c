DO $$
BEGIN
    ASSERT (SELECT count(*) FROM readings) = 3, 'rows lost (the violating row must survive)';
    ASSERT (SELECT NOT convalidated FROM pg_constraint WHERE conname = 'readings_celsius_physical'), 'check missing or validated';
END $$;
