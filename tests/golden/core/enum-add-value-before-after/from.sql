CREATE TYPE severity AS ENUM ('low', 'high');
CREATE TABLE incidents (
    id int PRIMARY KEY,
    sev severity NOT NULL
);
