INSERT INTO cache_entries VALUES ('a', '1', now()), ('b', '2', NULL);
