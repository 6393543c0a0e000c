INSERT INTO invoices (id, amount_cents) VALUES (1, 500), (2, 700);
