INSERT INTO import_staging (raw) VALUES ('a'), ('b');
