-- case: two new tables that reference each other (a FK cycle) can only be created by creating both tables first and adding at least one FK afterwards.
CREATE TABLE teams (
    id int PRIMARY KEY,
    name text NOT NULL,
    captain_id int
);

CREATE TABLE players (
    id int PRIMARY KEY,
    team_id int REFERENCES teams (id),
    name text NOT NULL
);

ALTER TABLE teams ADD CONSTRAINT teams_captain_fk FOREIGN KEY (captain_id) REFERENCES players (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
