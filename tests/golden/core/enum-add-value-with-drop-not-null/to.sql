-- case: a label added to an enum while NOT NULL is dropped from a column of that type; the rollback rebuilds the type (converting the column) and sets NOT NULL again, without a dependency cycle.
CREATE TYPE mood AS ENUM ('ok', 'meh', 'bad');
CREATE TABLE check_ins (
    id int PRIMARY KEY,
    feeling mood
);
