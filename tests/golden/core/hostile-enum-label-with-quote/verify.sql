DO $$
BEGIN
    ASSERT (SELECT count(*) FROM bugs) = 4, 'rows lost';
    ASSERT (SELECT res::text FROM bugs WHERE id = 2) = 'won''t fix', 'label changed';
    ASSERT (SELECT res::text FROM bugs WHERE id = 4) = 'back\slash', 'backslash label changed';
    ASSERT (SELECT array_length(enum_range(NULL::resolution), 1)) = 5, 'label missing';
    ASSERT (SELECT enum_range(NULL::resolution))[2]::text = 'can''t reproduce', 'new label misplaced';
END $$;
