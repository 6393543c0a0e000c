DO $$
BEGIN
    ASSERT (SELECT count(*) FROM assignments) = 2, 'rows lost';
    ASSERT (SELECT count(*) FROM assignments a WHERE is_visible(a.state)) = 1, 'function broken';
    ASSERT (SELECT history FROM assignments WHERE id = 1) = '{draft,published}'::assignment_status[], 'array values lost';
    ASSERT to_regtype('status') IS NULL, 'old type name still exists';
    ASSERT to_regtype('_assignment_status') IS NOT NULL, 'array type not renamed along';
END $$;
