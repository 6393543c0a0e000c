DO $$
BEGIN
    ASSERT to_regclass('live_assignments') IS NULL, 'old name still exists';
    ASSERT has_table_privilege('app_reader', 'published_assignments', 'SELECT'), 'grant lost';
    ASSERT (SELECT count(*) FROM pg_depend d JOIN pg_rewrite r ON d.objid = r.oid WHERE r.ev_class = 'live_assignment_titles'::regclass AND d.refobjid = 'published_assignments'::regclass) > 0, 'dependent view not bound';
END $$;
