CREATE SCHEMA app;

CREATE FUNCTION app.current_tenant() RETURNS text
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = ''
    AS $$ SELECT current_setting('app.tenant', true) $$;

CREATE FUNCTION app.report_rows() RETURNS bigint
    LANGUAGE sql
    SET search_path = app, pg_temp
    SET work_mem = '64MB'
    AS $$ SELECT 1::bigint $$;
