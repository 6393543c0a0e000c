INSERT INTO employees (full_name, fax_number, hired_on) VALUES ('Ann', '+1-555-0100', '2020-01-01'), ('Bob', NULL, '2021-06-15');
