DO $$
BEGIN
    ASSERT (SELECT count(*) FROM projects) = 3, 'projects rows lost';
    ASSERT (SELECT count(*) FROM project_members) = 3, 'members rows lost';
    ASSERT (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM pg_constraint c
            CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
            WHERE c.conname = 'projects_pkey') = ARRAY['tenant_id', 'id'], 'PK columns wrong';
    ASSERT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'project_members_tenant_id_project_id_fkey' AND contype = 'f'), 'composite FK missing';
END $$;
