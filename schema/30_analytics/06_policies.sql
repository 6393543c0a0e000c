-- Row-level security of the analytics domain. Parents (app_user) read the analytics of their
-- own calendars, chats and engagement and submit NPS answers; ingestion is done by
-- app_service; app_admin and app_readonly read everything. The audit log is readable by
-- app_admin only and written only through analytics.audit_row_change().

ALTER TABLE analytics.calendar_analytics ENABLE ROW LEVEL SECURITY;

CREATE POLICY calendar_analytics_owner_read ON analytics.calendar_analytics
    FOR SELECT TO app_user
    USING (EXISTS (SELECT 1 FROM calendar.advent_calendar AS c
                    WHERE c.id = calendar_id AND c.account_id = users.current_user_id()));

CREATE POLICY calendar_analytics_service_all ON analytics.calendar_analytics
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY calendar_analytics_staff_read ON analytics.calendar_analytics
    FOR SELECT TO app_admin, app_readonly
    USING (true);

ALTER TABLE analytics.day_analytics ENABLE ROW LEVEL SECURITY;

CREATE POLICY day_analytics_owner_read ON analytics.day_analytics
    FOR SELECT TO app_user
    USING (EXISTS (SELECT 1 FROM calendar.advent_calendar AS c
                    WHERE c.id = calendar_id AND c.account_id = users.current_user_id()));

CREATE POLICY day_analytics_service_all ON analytics.day_analytics
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY day_analytics_staff_read ON analytics.day_analytics
    FOR SELECT TO app_admin, app_readonly
    USING (true);

ALTER TABLE analytics.chat_analytics ENABLE ROW LEVEL SECURITY;

CREATE POLICY chat_analytics_owner_read ON analytics.chat_analytics
    FOR SELECT TO app_user
    USING (account_id = users.current_user_id());

CREATE POLICY chat_analytics_service_all ON analytics.chat_analytics
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY chat_analytics_staff_read ON analytics.chat_analytics
    FOR SELECT TO app_admin, app_readonly
    USING (true);

ALTER TABLE analytics.user_engagement ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_engagement_owner_read ON analytics.user_engagement
    FOR SELECT TO app_user
    USING (account_id = users.current_user_id());

CREATE POLICY user_engagement_service_all ON analytics.user_engagement
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_engagement_staff_read ON analytics.user_engagement
    FOR SELECT TO app_admin, app_readonly
    USING (true);

ALTER TABLE analytics.nps_submission ENABLE ROW LEVEL SECURITY;

CREATE POLICY nps_submission_owner_read ON analytics.nps_submission
    FOR SELECT TO app_user
    USING (account_id = users.current_user_id());

CREATE POLICY nps_submission_owner_submit ON analytics.nps_submission
    FOR INSERT TO app_user
    WITH CHECK (account_id = users.current_user_id());

CREATE POLICY nps_submission_service_all ON analytics.nps_submission
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY nps_submission_staff_read ON analytics.nps_submission
    FOR SELECT TO app_admin, app_readonly
    USING (true);

ALTER TABLE analytics.telemetry_event ENABLE ROW LEVEL SECURITY;

CREATE POLICY telemetry_event_service_all ON analytics.telemetry_event
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY telemetry_event_staff_read ON analytics.telemetry_event
    FOR SELECT TO app_admin, app_readonly
    USING (true);

ALTER TABLE analytics.metrics_log ENABLE ROW LEVEL SECURITY;

CREATE POLICY metrics_log_service_all ON analytics.metrics_log
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY metrics_log_staff_read ON analytics.metrics_log
    FOR SELECT TO app_admin, app_readonly
    USING (true);

ALTER TABLE analytics.audit_log ENABLE ROW LEVEL SECURITY;

CREATE POLICY audit_log_admin_read ON analytics.audit_log
    FOR SELECT TO app_admin
    USING (true);

CREATE POLICY audit_log_service_append ON analytics.audit_log
    FOR INSERT TO app_service
    WITH CHECK (true);
