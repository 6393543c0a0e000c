CREATE TYPE answer AS ENUM ('yes', 'no');
CREATE TABLE replies (
    id int PRIMARY KEY,
    a answer
);
