CREATE TYPE mood AS ENUM ('ok', 'bad');
CREATE TABLE check_ins (
    id int PRIMARY KEY,
    feeling mood NOT NULL
);
