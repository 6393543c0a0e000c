-- Privileges of the analytics domain (rows are decided by 06_policies.sql).

GRANT USAGE ON SCHEMA analytics TO app_user, app_admin, app_service, app_readonly;

GRANT SELECT ON TABLE analytics.calendar_analytics TO app_user, app_admin, app_readonly;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE analytics.calendar_analytics TO app_service;

GRANT SELECT ON TABLE analytics.day_analytics TO app_user, app_admin, app_readonly;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE analytics.day_analytics TO app_service;

GRANT SELECT ON TABLE analytics.chat_analytics TO app_user, app_admin, app_readonly;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE analytics.chat_analytics TO app_service;

GRANT SELECT ON TABLE analytics.user_engagement TO app_user, app_admin, app_readonly;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE analytics.user_engagement TO app_service;

GRANT SELECT ON TABLE analytics.nps_submission TO app_user, app_admin, app_readonly;

GRANT INSERT (account_id, survey, score, comment) ON TABLE analytics.nps_submission TO app_user;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE analytics.nps_submission TO app_service;

GRANT SELECT ON TABLE analytics.telemetry_event TO app_admin, app_readonly;

GRANT SELECT, INSERT, DELETE ON TABLE analytics.telemetry_event TO app_service;

GRANT SELECT ON TABLE analytics.metrics_log TO app_admin, app_readonly;

GRANT SELECT, INSERT, DELETE ON TABLE analytics.metrics_log TO app_service;

GRANT SELECT ON TABLE analytics.audit_log TO app_admin;

GRANT INSERT ON TABLE analytics.audit_log TO app_service;

GRANT USAGE ON SEQUENCE analytics.audit_log_id_seq TO app_service;

GRANT SELECT ON TABLE analytics.calendar_daily_stats TO app_admin, app_readonly, app_service;

GRANT SELECT ON TABLE analytics.calendar_summary TO app_user, app_admin;

GRANT SELECT ON TABLE analytics.nps_monthly TO app_admin, app_readonly;

GRANT SELECT ON TABLE analytics.daily_active_accounts TO app_admin, app_readonly;

GRANT EXECUTE ON FUNCTION analytics.record_activity(uuid, date, boolean) TO app_service;
