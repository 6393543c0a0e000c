INSERT INTO vocabulary_words SELECT g, 'word' || g FROM generate_series(1, 200) g;
INSERT INTO vocabulary_words VALUES (1001, 'Ice-Cream'), (1002, 'snow-man');
