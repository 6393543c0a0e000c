INSERT INTO job_runs (job_name) VALUES ('nightly'), ('hourly');
INSERT INTO jobs VALUES ('nightly');
