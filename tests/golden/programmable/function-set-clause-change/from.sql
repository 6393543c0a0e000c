CREATE FUNCTION heavy_report(days integer) RETURNS bigint
    LANGUAGE plpgsql
    SET work_mem = '64MB'
    SET statement_timeout = '30s'
    AS $$
BEGIN
    RETURN days * 24;
END;
$$;
