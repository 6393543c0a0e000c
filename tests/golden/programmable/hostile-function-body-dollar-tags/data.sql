INSERT INTO labels VALUES (1, 'a');
