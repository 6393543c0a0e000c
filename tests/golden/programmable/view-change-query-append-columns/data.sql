INSERT INTO users (id, email, display_name, deleted_at) VALUES (1, 'ann@example.com', 'Ann', NULL), (2, 'bob@example.com', 'Bob', now());
