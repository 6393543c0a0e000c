CREATE TABLE api_tokens (
    id int PRIMARY KEY,
    label text
);
