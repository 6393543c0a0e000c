-- case: changing the expression of existing named CHECK constraints (same names, new bodies) drops and re-adds them; existing rows satisfy the new rules.
CREATE TABLE reviews (
    id int PRIMARY KEY,
    rating smallint NOT NULL,
    body text,
    CONSTRAINT reviews_rating_check CHECK (rating BETWEEN 1 AND 10),
    CONSTRAINT reviews_body_len CHECK (body IS NULL OR length(body) BETWEEN 2 AND 5000)
);
