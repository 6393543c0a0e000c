DO $$
BEGIN
    INSERT INTO user_cards VALUES (1, 'ann@example.com', 'Ann');
    ASSERT (SELECT display_name FROM user_profiles WHERE user_id = 1) = 'Ann', 'INSTEAD OF trigger did not fire';
    DELETE FROM user_profiles; DELETE FROM users;
END $$;
