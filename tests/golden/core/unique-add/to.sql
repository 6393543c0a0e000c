-- case: adding an unnamed column-level UNIQUE and a named multicolumn UNIQUE constraint on data that satisfies them.
CREATE TABLE members (
    id int PRIMARY KEY,
    email text NOT NULL UNIQUE,
    org_id int NOT NULL,
    handle text NOT NULL,
    CONSTRAINT members_org_handle_uq UNIQUE (org_id, handle)
);
