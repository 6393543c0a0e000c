-- 20251103090000_drop_legacy_tables (up): written by `schemac migrate new` from the difference between the
-- migrations before it and the schema files (v2-domains).
-- hazards: deletes-data, access-exclusive-lock

SET search_path = public;
SET check_function_bodies = false;

-- drop constraint surprise_config_calendar_id_fkey on public.surprise_config
ALTER TABLE public.surprise_config DROP CONSTRAINT surprise_config_calendar_id_fkey;

-- drop table public.surprise_config
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.surprise_config;

-- drop constraint child_account_id_fkey on public.child
ALTER TABLE public.child DROP CONSTRAINT child_account_id_fkey;

-- drop constraint chat_record_child_id_fkey on public.chat_record
ALTER TABLE public.chat_record DROP CONSTRAINT chat_record_child_id_fkey;

-- drop constraint chat_message_chat_id_fkey on public.chat_message
ALTER TABLE public.chat_message DROP CONSTRAINT chat_message_chat_id_fkey;

-- drop table public.chat_record
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.chat_record;

-- drop table public.chat_message
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.chat_message;

-- drop constraint calendar_day_calendar_id_fkey on public.calendar_day
ALTER TABLE public.calendar_day DROP CONSTRAINT calendar_day_calendar_id_fkey;

-- drop table public.calendar_day
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.calendar_day;

-- drop constraint calendar_child_id_fkey on public.calendar
ALTER TABLE public.calendar DROP CONSTRAINT calendar_child_id_fkey;

-- drop table public.child
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.child;

-- drop constraint calendar_account_id_fkey on public.calendar
ALTER TABLE public.calendar DROP CONSTRAINT calendar_account_id_fkey;

-- drop table public.calendar
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.calendar;

-- drop table public.analytics_event
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.analytics_event;

-- drop table public.account
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.account;

