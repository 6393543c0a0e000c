-- case: the empty string is a valid enum label; adding it first and adding one after it must not confuse "no neighbour" with "next to ''".
CREATE TYPE answer AS ENUM ('', 'first', 'yes', 'maybe', 'no', 'later');
CREATE TABLE replies (
    id int PRIMARY KEY,
    a answer
);
