DO $$
BEGIN
    ASSERT (SELECT count(*) FROM book_reviews) = 2, 'rows lost';
    INSERT INTO book_reviews VALUES (3, 9);
    DELETE FROM book_reviews WHERE id = 3;
END $$;
