DO $$
BEGIN
    ASSERT (SELECT count(*) FROM categories) = 3, 'rows lost';
    ASSERT (SELECT parent_id FROM categories WHERE id = 3) = 2, 'tree changed';
    ASSERT (SELECT confrelid = conrelid FROM pg_constraint WHERE conname = 'categories_parent_id_fkey'), 'self FK missing';
END $$;
