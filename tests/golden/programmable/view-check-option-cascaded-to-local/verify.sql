DO $$
BEGIN
    -- local: only the top view's own condition is checked
    INSERT INTO approved_video_surprises VALUES (10, 1, 'video', false);
    BEGIN
        INSERT INTO approved_video_surprises VALUES (11, 1, 'sticker', true);
        RAISE EXCEPTION 'local check option did not reject kind = sticker';
    EXCEPTION WHEN with_check_option_violation THEN
        NULL;
    END;
    DELETE FROM surprises WHERE id = 10;
END $$;
