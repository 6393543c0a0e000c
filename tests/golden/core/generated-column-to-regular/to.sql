-- case: turning a stored generated column into a plain column (ALTER COLUMN ... DROP EXPRESSION) keeps the computed values in the rows.
CREATE TABLE people (
    id integer PRIMARY KEY,
    email text NOT NULL,
    email_domain text
);
