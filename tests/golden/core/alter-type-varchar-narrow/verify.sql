DO $$
BEGIN
    ASSERT (SELECT count(*) FROM countries) = 3, 'rows lost';
    ASSERT (SELECT iso_code FROM countries WHERE id = 3) = 'US', 'value changed';
    ASSERT (SELECT character_maximum_length FROM information_schema.columns
            WHERE table_name = 'countries' AND column_name = 'iso_code') = 10, 'length not 10';
END $$;
