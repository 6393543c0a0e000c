-- calendar domain: the v2 advent calendar model (calendar-legacy-to-v2 migration guide):
-- family (child profiles, family settings), calendars and days, chat sessions and memory,
-- media assets and surprise content. Owned by accounts of the users domain.
--
-- The migration guide names these tables account_v2, child_profile_v2, ... because legacy and
-- v2 tables had to coexist in one schema; in the calendar schema they take their plain names.

CREATE SCHEMA calendar;

COMMENT ON SCHEMA calendar IS 'Advent calendar product: child profiles, calendars and days, chat sessions, memory, media and surprises.';

CREATE TYPE calendar.media_kind AS ENUM ('image', 'video', 'audio', 'document');

CREATE TYPE calendar.media_status AS ENUM ('pending_upload', 'uploaded', 'processing', 'ready', 'failed', 'deleted');

CREATE TYPE calendar.content_filter_level AS ENUM ('strict', 'moderate', 'relaxed');

CREATE TYPE calendar.calendar_status AS ENUM ('draft', 'published', 'archived');

-- Mirrors the frontend AdventDay "type" union.
CREATE TYPE calendar.day_content_type AS ENUM ('message', 'image', 'video', 'audio', 'activity', 'surprise');

CREATE TYPE calendar.surprise_unlock_rule AS ENUM ('with_day', 'after_all_opened', 'final_day');

CREATE TYPE calendar.chat_session_status AS ENUM ('active', 'ended', 'expired');

CREATE TYPE calendar.chat_sender AS ENUM ('child', 'parent', 'assistant', 'system');

CREATE TYPE calendar.moderation_result AS ENUM ('clean', 'filtered', 'blocked');

CREATE TYPE calendar.memory_kind AS ENUM ('fact', 'preference', 'emotion', 'event', 'question', 'relationship');
