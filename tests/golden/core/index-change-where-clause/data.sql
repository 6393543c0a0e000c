INSERT INTO jobs VALUES (1, 'queued', now(), 0), (2, 'failed', now(), 3);
