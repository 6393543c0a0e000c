CREATE TABLE reviews (
    id int PRIMARY KEY,
    rating smallint NOT NULL,
    body text,
    CONSTRAINT reviews_rating_check CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT reviews_body_len CHECK (length(body) < 1000)
);
