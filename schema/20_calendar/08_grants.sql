-- Privileges of the calendar domain (rows are decided by 07_policies.sql).

GRANT USAGE ON SCHEMA calendar TO app_user, app_admin, app_service, app_readonly;

GRANT SELECT, INSERT, DELETE ON TABLE calendar.media_asset TO app_user;

GRANT UPDATE (original_filename, is_private) ON TABLE calendar.media_asset TO app_user;

GRANT SELECT ON TABLE calendar.media_asset TO app_admin;

GRANT UPDATE (status, processing_error, is_private) ON TABLE calendar.media_asset TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE calendar.media_asset TO app_service;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE calendar.family_settings TO app_user, app_service;

GRANT SELECT ON TABLE calendar.family_settings TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE calendar.child_profile TO app_user, app_service;

GRANT SELECT ON TABLE calendar.child_profile TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE calendar.advent_calendar TO app_user, app_service;

GRANT SELECT ON TABLE calendar.advent_calendar TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE calendar.surprise_collection TO app_user, app_service;

GRANT SELECT ON TABLE calendar.surprise_collection TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE calendar.surprise_video TO app_user, app_service;

GRANT SELECT ON TABLE calendar.surprise_video TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE calendar.calendar_day TO app_user, app_service;

GRANT SELECT ON TABLE calendar.calendar_day TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE calendar.chat_session TO app_user, app_service;

GRANT SELECT ON TABLE calendar.chat_session TO app_admin;

GRANT SELECT, INSERT, DELETE ON TABLE calendar.chat_message TO app_user;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE calendar.chat_message TO app_service;

GRANT SELECT ON TABLE calendar.chat_message TO app_admin;

GRANT UPDATE (moderation) ON TABLE calendar.chat_message TO app_admin;

GRANT SELECT, DELETE ON TABLE calendar.memory_fragment TO app_user;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE calendar.memory_fragment TO app_service;

GRANT SELECT ON TABLE calendar.memory_fragment TO app_admin;

GRANT SELECT, DELETE ON TABLE calendar.memory_embedding TO app_user;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE calendar.memory_embedding TO app_service;

GRANT SELECT ON TABLE calendar.memory_embedding TO app_admin;

GRANT SELECT ON TABLE calendar.advent_day TO app_user, app_admin, app_service;

GRANT SELECT ON TABLE calendar.calendar_overview TO app_user, app_admin, app_service;

GRANT EXECUTE ON FUNCTION calendar.purge_expired_memory() TO app_service;

GRANT EXECUTE ON FUNCTION calendar.nearest_memories(uuid, real[], integer) TO app_user, app_service;

GRANT EXECUTE ON FUNCTION calendar.cosine_similarity(real[], real[]) TO app_user, app_service;
