-- case: text that reads like a rename annotation inside a string literal or a quoted name is not an annotation: the new column is added and the old one dropped, nothing is renamed.
CREATE TABLE accounts (
    id int PRIMARY KEY,
    email text NOT NULL,
    handle text DEFAULT '-- schemac:renamed-from nick',
    "-- schemac:renamed-from email" text
);
