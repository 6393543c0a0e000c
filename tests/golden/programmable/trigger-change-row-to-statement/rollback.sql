-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace trigger telemetry_request_refresh on analytics.telemetry
CREATE OR REPLACE TRIGGER telemetry_request_refresh AFTER INSERT ON analytics.telemetry FOR EACH ROW EXECUTE FUNCTION analytics.request_refresh();

COMMIT;
