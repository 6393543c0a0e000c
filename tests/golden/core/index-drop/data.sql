INSERT INTO logs VALUES (1, 'info', now(), 'hello'), (2, 'error', now(), NULL);
