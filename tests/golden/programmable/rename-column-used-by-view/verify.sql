DO $$
BEGIN
    ASSERT (SELECT name FROM books WHERE id = 1) = 'The Snowy Day', 'values lost';
    ASSERT (SELECT name FROM book_titles WHERE id = 1) = 'The Snowy Day', 'view column not renamed';
END $$;
