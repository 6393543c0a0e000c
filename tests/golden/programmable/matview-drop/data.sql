INSERT INTO metrics VALUES (1, 'latency_ms', 12.5), (2, 'latency_ms', 7.5);
