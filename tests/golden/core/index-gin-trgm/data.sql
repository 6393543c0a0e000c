INSERT INTO people VALUES (1, 'Grace Hopper'), (2, 'Edsger Dijkstra');
