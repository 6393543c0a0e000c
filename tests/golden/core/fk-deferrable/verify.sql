DO $$
BEGIN
    ASSERT (SELECT count(*) FROM staff) = 2, 'rows lost';
    ASSERT (SELECT condeferrable AND condeferred FROM pg_constraint WHERE conname = 'staff_department_id_fkey'), 'staff FK not deferred';
    ASSERT (SELECT condeferrable AND NOT condeferred FROM pg_constraint WHERE conname = 'departments_manager_fk'), 'manager FK not deferrable immediate';
END $$;
