DO $$
BEGIN
    ASSERT (SELECT count(*) FROM posts) = 2, 'rows lost';
    ASSERT (SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'posts_author_fk')
           = 'FOREIGN KEY (tenant_id, author_id) REFERENCES users(tenant_id, id) ON DELETE SET NULL (author_id)', 'FK not SET NULL (author_id)';
END $$;
