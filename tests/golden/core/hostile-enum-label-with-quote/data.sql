INSERT INTO bugs VALUES (1, 'it''s fine'), (2, DEFAULT), (3, 'a "quoted" label'), (4, 'back\slash');
