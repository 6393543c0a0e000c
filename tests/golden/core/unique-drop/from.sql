CREATE TABLE members (
    id int PRIMARY KEY,
    email text NOT NULL UNIQUE,
    org_id int NOT NULL,
    handle text NOT NULL,
    UNIQUE (org_id, handle)
);
