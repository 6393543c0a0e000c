INSERT INTO projects VALUES (1, 10, 'alpha'), (1, 11, 'beta'), (2, 20, 'gamma');
INSERT INTO project_members VALUES (1, 10, 'ann'), (1, 11, 'bob'), (2, 20, 'cy');
