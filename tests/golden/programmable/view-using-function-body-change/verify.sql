DO $$
BEGIN
    ASSERT (SELECT name FROM child_names WHERE id = 1) = 'Mia S.', 'view does not see the new body';
END $$;
