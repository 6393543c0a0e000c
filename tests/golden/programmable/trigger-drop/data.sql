INSERT INTO memory_fragments (id, body) VALUES (1, 'we built a snowman'), (2, 'cocoa');
