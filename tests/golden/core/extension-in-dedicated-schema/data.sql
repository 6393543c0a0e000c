INSERT INTO api_tokens VALUES (1, 'ci'), (2, 'deploy');
