CREATE TABLE notes (
    id int PRIMARY KEY,
    body text
);
COMMENT ON COLUMN notes.body IS 'old comment';
