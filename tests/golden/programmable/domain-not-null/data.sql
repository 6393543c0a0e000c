INSERT INTO vocabulary_words VALUES (1, 'brave', 'B1'), (2, 'cozy', '');
