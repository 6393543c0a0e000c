-- case: enum labels containing single quotes, double quotes and a backslash must be escaped correctly when adding a new label next to them and when changing a default that uses one.
CREATE TYPE resolution AS ENUM ('it''s fine', 'can''t reproduce', 'won''t fix', 'a "quoted" label', 'back\slash');
CREATE TABLE bugs (
    id int PRIMARY KEY,
    res resolution NOT NULL DEFAULT 'it''s fine'
);
