-- case: dropping NOT NULL from a column keeps all rows and makes NULL insertable (rollback re-adds NOT NULL, which can fail once NULLs exist).
CREATE TABLE contacts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    phone varchar(30)
);
