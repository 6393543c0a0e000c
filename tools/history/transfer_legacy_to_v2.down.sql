-- transfer_legacy_to_v2.down.sql: the rollback of the data transfer (phase 2). Removes every v2
-- row the transfer created, found by the legacy keys it kept, and leaves the legacy tables as
-- they are, so the transfer can run again. Rows created in v2 after the transfer (accounts
-- without legacy_id and everything they own) are not touched.
--
-- Deleting the transferred accounts removes, through their ON DELETE CASCADE foreign keys,
-- their family settings, child profiles, media assets, chat sessions and messages, and their
-- engagement rows. Two kinds go first: surprise collections (their videos hold media assets
-- with ON DELETE RESTRICT) and calendars (a day of type image or video must keep its media
-- asset, so the cascade's SET NULL on days would be refused).

DELETE FROM analytics.telemetry_event WHERE legacy_event_id IS NOT NULL;
DELETE FROM analytics.calendar_analytics WHERE legacy_event_id IS NOT NULL;
DELETE FROM analytics.day_analytics WHERE legacy_event_id IS NOT NULL;
DELETE FROM analytics.chat_analytics WHERE chat_session_id IN (SELECT id FROM public.chat_record);
DELETE FROM calendar.surprise_collection WHERE legacy_id IS NOT NULL;
DELETE FROM calendar.advent_calendar WHERE legacy_id IS NOT NULL;
DELETE FROM users.account WHERE legacy_id IS NOT NULL;
