CREATE TABLE projects (
    tenant_id integer NOT NULL,
    id integer NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE project_members (
    tenant_id integer NOT NULL,
    project_id integer NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    member text NOT NULL
);
