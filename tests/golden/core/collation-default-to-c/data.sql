INSERT INTO "Files" VALUES (1, '/etc/hosts', NULL), (2, '/tmp/a.txt', 'txt');
