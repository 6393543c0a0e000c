DO $$
BEGIN
    ASSERT (SELECT count(*) FROM users) = 2, 'rows lost';
    BEGIN
        INSERT INTO users VALUES (3, 'ANN@example.COM');
        RAISE EXCEPTION 'duplicate normalized email accepted';
    EXCEPTION WHEN unique_violation THEN
        NULL;
    END;
END $$;
