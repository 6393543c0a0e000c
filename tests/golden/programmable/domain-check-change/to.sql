-- case: a changed domain CHECK expression (1..5 widened to 0..10) under the same name is dropped and re-added with ALTER DOMAIN, which validates existing column values.
CREATE DOMAIN rating AS smallint
    CONSTRAINT rating_range CHECK (VALUE BETWEEN 0 AND 10);

CREATE TABLE book_reviews (
    id bigint PRIMARY KEY,
    stars rating NOT NULL
);
