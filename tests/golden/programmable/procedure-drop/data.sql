INSERT INTO audit_log (action) VALUES ('login'), ('logout');
