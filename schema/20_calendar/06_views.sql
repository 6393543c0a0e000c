-- Views of the calendar domain (security_invoker: the caller's row-level security applies).

-- The frontend AdventDay, one row per calendar day: the API serializes it as is.
CREATE VIEW calendar.advent_day
    WITH (security_invoker = true)
AS
SELECT d.id,
       d.calendar_id,
       d.day_number AS day,
       d.title,
       d.message AS content,
       d.content_type AS type,
       d.media_asset_id,
       m.kind AS media_kind,
       m.mime_type AS media_mime_type,
       d.surprise_video_id,
       d.unlock_date,
       d.unlock_date <= (now() AT TIME ZONE coalesce(fs.time_zone, 'UTC'))::date AS is_unlocked,
       d.is_opened,
       d.opened_at,
       d.reaction
  FROM calendar.calendar_day AS d
  JOIN calendar.advent_calendar AS c ON c.id = d.calendar_id
  LEFT JOIN calendar.family_settings AS fs ON fs.account_id = c.account_id
  LEFT JOIN calendar.media_asset AS m ON m.id = d.media_asset_id;

COMMENT ON VIEW calendar.advent_day IS 'Calendar days in the shape of the frontend AdventDay type; is_unlocked is evaluated in the family''s time zone.';

CREATE VIEW calendar.calendar_overview
    WITH (security_invoker = true)
AS
SELECT c.id AS calendar_id,
       c.account_id,
       c.child_profile_id,
       c.title,
       c.year,
       c.status,
       c.is_locked,
       count(d.id) AS days_filled,
       c.day_count,
       count(d.id) FILTER (WHERE d.opened_at IS NOT NULL) AS days_opened,
       min(d.unlock_date) FILTER (WHERE d.opened_at IS NULL) AS next_unopened_date,
       max(d.opened_at) AS last_opened_at
  FROM calendar.advent_calendar AS c
  LEFT JOIN calendar.calendar_day AS d ON d.calendar_id = c.id
 GROUP BY c.id;

COMMENT ON VIEW calendar.calendar_overview IS 'Per-calendar progress: days filled and opened, next unopened day.';
