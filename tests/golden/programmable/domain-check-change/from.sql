CREATE DOMAIN rating AS smallint
    CONSTRAINT rating_range CHECK (VALUE BETWEEN 1 AND 5);

CREATE TABLE book_reviews (
    id bigint PRIMARY KEY,
    stars rating NOT NULL
);
