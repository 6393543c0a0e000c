INSERT INTO events VALUES (1, '2024-05-01', 'click'), (2, '2025-05-01', 'view'), (3, '2026-05-01', 'click'), (4, '2026-06-01', 'view');
