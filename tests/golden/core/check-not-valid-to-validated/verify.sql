DO $$
BEGIN
    ASSERT (SELECT count(*) FROM readings) = 2, 'rows lost';
    ASSERT (SELECT convalidated FROM pg_constraint WHERE conname = 'readings_celsius_physical'), 'check not validated';
END $$;
