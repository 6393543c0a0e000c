CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);

CREATE PROCEDURE trim_audit_log(keep interval DEFAULT '90 days')
    LANGUAGE sql
    BEGIN ATOMIC
        DELETE FROM audit_log WHERE at < now() - keep;
    END;

COMMENT ON PROCEDURE trim_audit_log(interval) IS 'Housekeeping';
