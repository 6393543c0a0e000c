-- case: dropping an enum type together with the only column (and its index and default) that uses it: the column must be dropped before the type (destructive for the column).
CREATE TABLE shirts (
    id int PRIMARY KEY,
    color text NOT NULL
);
