INSERT INTO audit_log (id, message) VALUES (1, 'boot'), (2, 'login'), (3, 'logout');
INSERT INTO keep_me VALUES (1, 'stays');
