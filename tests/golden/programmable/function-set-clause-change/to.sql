-- case: function SET clauses are changed individually with ALTER FUNCTION ... SET / RESET (work_mem removed, statement_timeout changed, lock_timeout added) without recreating the function.
CREATE FUNCTION heavy_report(days integer) RETURNS bigint
    LANGUAGE plpgsql
    SET statement_timeout = '2min'
    SET lock_timeout TO '5s'
    AS $$
BEGIN
    RETURN days * 24;
END;
$$;
