CREATE TYPE shirt_size AS ENUM ('S', 'M', 'L', 'XL');
CREATE TABLE shirts (
    id int PRIMARY KEY,
    color text NOT NULL,
    size shirt_size NOT NULL DEFAULT 'M'
);
CREATE INDEX shirts_size_idx ON shirts (size);
