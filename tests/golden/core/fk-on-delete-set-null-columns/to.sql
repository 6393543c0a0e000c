-- case: changing a composite FK to the PG15 form ON DELETE SET NULL (author_id) so only the author column (not the NOT NULL tenant_id) is nulled.
CREATE TABLE tenants (id int PRIMARY KEY);
CREATE TABLE users (
    tenant_id int NOT NULL REFERENCES tenants,
    id int NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE TABLE posts (
    tenant_id int NOT NULL REFERENCES tenants,
    id int NOT NULL,
    author_id int,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT posts_author_fk FOREIGN KEY (tenant_id, author_id) REFERENCES users (tenant_id, id) ON DELETE SET NULL (author_id)
);
