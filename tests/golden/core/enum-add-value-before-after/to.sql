-- case: inserting enum labels in the middle and at the start (ADD VALUE ... BEFORE / AFTER) keeps existing rows and the declared sort order.
CREATE TYPE severity AS ENUM ('trivial', 'low', 'medium', 'high', 'critical');
CREATE TABLE incidents (
    id int PRIMARY KEY,
    sev severity NOT NULL
);
