CREATE TABLE books (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    author text
);

CREATE VIEW book_titles AS
    SELECT id, title FROM books;
