-- analytics domain: the structured analytics that replace the legacy generic analytics_event
-- table (calendar, day and chat analytics, user engagement), plus privacy-first telemetry,
-- the metrics log, NPS submissions and the audit log.

CREATE SCHEMA analytics;

COMMENT ON SCHEMA analytics IS 'Structured product analytics, telemetry, metrics, NPS and audit trail.';

CREATE TYPE analytics.calendar_event_type AS ENUM ('view', 'share', 'publish', 'unpublish', 'lock', 'unlock', 'archive');

CREATE TYPE analytics.share_channel AS ENUM ('link', 'email', 'whatsapp', 'sms', 'social', 'other');

CREATE TYPE analytics.device_type AS ENUM ('desktop', 'mobile', 'tablet', 'tv', 'unknown');

CREATE TYPE analytics.chat_end_reason AS ENUM ('user_left', 'timeout', 'limit_reached', 'moderation', 'error');

CREATE TYPE analytics.telemetry_source AS ENUM ('web', 'ios', 'android', 'server', 'worker');

CREATE TYPE analytics.metric_kind AS ENUM ('counter', 'gauge', 'histogram', 'timer');

CREATE TYPE analytics.nps_category AS ENUM ('detractor', 'passive', 'promoter');

CREATE TYPE analytics.audit_action AS ENUM ('insert', 'update', 'delete', 'login', 'logout', 'permission_change', 'export');

-- Audit log ids. A standalone sequence (rather than an identity column) so that the
-- application can reserve ids with nextval() before writing a batch of related audit rows.
CREATE SEQUENCE analytics.audit_log_id_seq AS bigint START WITH 1 INCREMENT BY 1 CACHE 1;
