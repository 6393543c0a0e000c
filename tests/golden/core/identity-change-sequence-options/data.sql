INSERT INTO tickets (subject) VALUES ('x'), ('y');
