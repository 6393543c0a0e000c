-- case: adding a serial column to a populated table creates its sequence and numbers every existing row.
CREATE TABLE comments (
    body text NOT NULL,
    author text,
    id serial
);
