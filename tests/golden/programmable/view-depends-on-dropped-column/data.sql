INSERT INTO vocabulary_words VALUES (1, 'brave', 'ready to face danger', 'B1', 2), (2, 'cozy', 'warm and comfortable', NULL, 1);
