DO $$
BEGIN
    ASSERT (SELECT primary_color FROM calendar_themes WHERE id = 1) = '#FFAA00', 'legacy row changed or lost';
    ASSERT NOT (SELECT convalidated FROM pg_constraint WHERE conname = 'hex_color_lowercase'), 'constraint should be NOT VALID';
    BEGIN
        INSERT INTO calendar_themes VALUES (3, '#ABCDEF');
        RAISE EXCEPTION 'uppercase color accepted';
    EXCEPTION WHEN check_violation THEN
        NULL;
    END;
END $$;
