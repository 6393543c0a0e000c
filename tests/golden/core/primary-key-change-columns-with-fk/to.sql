-- case: changing a primary key from (id) to (tenant_id, id) while another table's FK references it requires dropping the FK first, swapping the PK, and re-adding the FK on the new column list.
CREATE TABLE projects (
    tenant_id integer NOT NULL,
    id integer NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE project_members (
    tenant_id integer NOT NULL,
    project_id integer NOT NULL,
    member text NOT NULL,
    FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE
);
