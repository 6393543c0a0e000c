CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    tenant_id int NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    score int,
    deleted_at timestamptz,
    display_name text
);
