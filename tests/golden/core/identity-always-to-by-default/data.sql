INSERT INTO app.tenants (name) VALUES ('acme'), ('globex');
