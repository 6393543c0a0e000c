INSERT INTO import_staging (raw) VALUES ('line 1'), ('line 2');
