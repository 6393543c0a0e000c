DO $$
BEGIN
    ASSERT (SELECT count(*) FROM "CRM"."Customer") = 2, 'rows lost';
    ASSERT (SELECT "FirstName" || '/' || firstname FROM "CRM"."Customer" WHERE "Id" = 1) = 'Ann/ann-lower', 'case-distinct columns mixed up';
    ASSERT (SELECT pg_typeof("AGE")::text FROM "CRM"."Customer" LIMIT 1) = 'integer', 'AGE not integer';
    ASSERT (SELECT "AGE" FROM "CRM"."Customer" WHERE "Id" = 1) = 30, 'AGE changed';
    ASSERT to_regclass('"CRM"."IX_Customer_FirstName"') IS NOT NULL, 'index missing';
END $$;
