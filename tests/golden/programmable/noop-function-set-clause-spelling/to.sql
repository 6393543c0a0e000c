-- case: SET clause spellings that store the same configuration text (= vs TO, identifiers vs quoted literals in a search_path list) are an empty diff; values themselves are stored verbatim, so '64MB' must stay '64MB'.
CREATE SCHEMA app;

CREATE FUNCTION app.current_tenant() RETURNS text
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path TO ''
    AS $$ SELECT current_setting('app.tenant', true) $$;

CREATE FUNCTION app.report_rows() RETURNS bigint
    LANGUAGE sql
    SET search_path TO 'app', 'pg_temp'
    SET work_mem TO '64MB'
    AS $$ SELECT 1::bigint $$;
