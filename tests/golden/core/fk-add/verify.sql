DO $$
BEGIN
    ASSERT (SELECT count(*) FROM books) = 3, 'rows lost';
    ASSERT (SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'books_author_id_fkey') = 'FOREIGN KEY (author_id) REFERENCES authors(id)', 'books_author_id_fkey wrong';
    ASSERT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'books_coauthor_fk' AND convalidated), 'books_coauthor_fk missing';
END $$;
