INSERT INTO accounts (id, email, tenant_id, score, deleted_at, display_name) VALUES
    (1, 'Ann@Example.com', 1, 10, NULL, 'Ann'),
    (2, 'bob@example.com', 1, NULL, now(), 'Bob'),
    (3, 'cy@example.com', 2, 5, NULL, NULL);
