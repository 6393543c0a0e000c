INSERT INTO "café" VALUES (1, 'oui', 'こんにちは'), (2, NULL, '東京');
