INSERT INTO children VALUES (1, 'Mia', '2017-06-15'), (2, 'Leo', '2019-12-24');
