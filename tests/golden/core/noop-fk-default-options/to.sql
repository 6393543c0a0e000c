-- case: spelling out FK defaults (referenced PK column, ON DELETE NO ACTION, ON UPDATE NO ACTION, MATCH SIMPLE, NOT DEFERRABLE INITIALLY IMMEDIATE) is an empty diff.
CREATE TABLE parents (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE children (
    id int PRIMARY KEY,
    parent_id int REFERENCES parents (id) MATCH SIMPLE ON UPDATE NO ACTION ON DELETE NO ACTION NOT DEFERRABLE INITIALLY IMMEDIATE,
    parent_code text,
    FOREIGN KEY (parent_code) REFERENCES parents (code) ON DELETE NO ACTION
);
