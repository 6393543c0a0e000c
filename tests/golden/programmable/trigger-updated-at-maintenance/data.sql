INSERT INTO calendar.child_profiles (id, first_name, created_at) VALUES (1, 'Mia', '2024-01-01 00:00:00+00'), (2, 'Leo', '2024-01-02 00:00:00+00');
