-- case: a label added to an enum while a column of that type is renamed; the rollback rebuilds the type and renames the column back, the rename first (the rebuild converts the column under its old name).
CREATE TYPE mood AS ENUM ('ok', 'meh', 'bad');
CREATE TABLE check_ins (
    id int PRIMARY KEY,
    -- schemac:renamed-from feeling
    current_mood mood NOT NULL
);
