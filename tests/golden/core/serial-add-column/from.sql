CREATE TABLE comments (
    body text NOT NULL,
    author text
);
