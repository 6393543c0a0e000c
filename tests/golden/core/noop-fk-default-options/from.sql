CREATE TABLE parents (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE children (
    id int PRIMARY KEY,
    parent_id int REFERENCES parents,
    parent_code text,
    FOREIGN KEY (parent_code) REFERENCES parents (code)
);
