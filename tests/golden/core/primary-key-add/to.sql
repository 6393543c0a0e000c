-- case: adding a single-column unnamed primary key and a named composite primary key to populated tables with unique data.
CREATE TABLE settings (
    key text NOT NULL PRIMARY KEY,
    value text
);
CREATE TABLE user_roles (
    user_id int NOT NULL,
    role_id int NOT NULL,
    CONSTRAINT user_roles_pk PRIMARY KEY (user_id, role_id)
);
