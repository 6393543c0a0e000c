INSERT INTO book_reviews VALUES (1, 5), (2, 1);
