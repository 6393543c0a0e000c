-- case: dropping unnamed UNIQUE constraints (members_email_key, members_org_id_handle_key) keeps the rows and their columns.
CREATE TABLE members (
    id int PRIMARY KEY,
    email text NOT NULL,
    org_id int NOT NULL,
    handle text NOT NULL
);
