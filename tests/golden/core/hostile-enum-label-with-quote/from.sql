CREATE TYPE resolution AS ENUM ('it''s fine', 'won''t fix', 'a "quoted" label', 'back\slash');
CREATE TABLE bugs (
    id int PRIMARY KEY,
    res resolution NOT NULL DEFAULT 'won''t fix'
);
