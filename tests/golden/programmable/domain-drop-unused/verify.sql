DO $$
BEGIN
    ASSERT (SELECT count(*) FROM classrooms) = 2, 'rows lost';
    ASSERT (SELECT code FROM classrooms WHERE id = 1) = 'RA01', 'value changed';
    ASSERT to_regtype('legacy_code') IS NULL, 'domain still exists';
END $$;
