DO $$
BEGIN
    ASSERT (SELECT roles FROM pg_policies WHERE policyname = 'classrooms_school') = '{app_admin}', 'classrooms_school roles wrong';
    ASSERT (SELECT array_length(roles, 1) FROM pg_policies WHERE policyname = 'classrooms_read') = 2, 'classrooms_read roles wrong';
END $$;
