INSERT INTO stock VALUES ('A', 'small'), ('B', 'large'), ('C', 'medium');
