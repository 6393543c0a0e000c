-- Advent calendars, their surprise collections/videos and their days.

CREATE TABLE calendar.advent_calendar (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id        uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    child_profile_id  uuid,
    legacy_id         integer,
    title             text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 120),
    description       text CHECK (char_length(description) <= 2000),
    year              smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    start_date        date NOT NULL,
    day_count         smallint NOT NULL DEFAULT 24 CHECK (day_count BETWEEN 1 AND 31),
    status            calendar.calendar_status NOT NULL DEFAULT 'draft',
    theme             text CHECK (char_length(theme) <= 50),
    cover_media_id    uuid,
    share_slug        text CHECK (share_slug ~ '^[a-z0-9][a-z0-9-]{5,63}$'),
    published_at      timestamptz,
    is_locked         boolean NOT NULL DEFAULT false,
    locked_at         timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT advent_calendar_legacy_id_key UNIQUE (legacy_id),
    CONSTRAINT advent_calendar_share_slug_key UNIQUE (share_slug),
    CONSTRAINT advent_calendar_id_account_key UNIQUE (id, account_id),
    CONSTRAINT advent_calendar_child_fkey FOREIGN KEY (child_profile_id, account_id)
        REFERENCES calendar.child_profile (id, account_id) ON DELETE SET NULL (child_profile_id),
    CONSTRAINT advent_calendar_cover_fkey FOREIGN KEY (cover_media_id, account_id)
        REFERENCES calendar.media_asset (id, owner_account_id) ON DELETE SET NULL (cover_media_id),
    CONSTRAINT advent_calendar_start_in_year CHECK (extract(year FROM start_date) = year),
    CONSTRAINT advent_calendar_published_has_time CHECK (status <> 'published' OR published_at IS NOT NULL),
    CONSTRAINT advent_calendar_lock_consistent CHECK (is_locked = (locked_at IS NOT NULL))
);

CREATE INDEX advent_calendar_account_idx ON calendar.advent_calendar (account_id, year DESC);

CREATE INDEX advent_calendar_child_idx ON calendar.advent_calendar (child_profile_id);

CREATE INDEX advent_calendar_cover_idx ON calendar.advent_calendar (cover_media_id);

CREATE INDEX advent_calendar_published_idx ON calendar.advent_calendar (published_at DESC) WHERE status = 'published';

COMMENT ON TABLE calendar.advent_calendar IS 'An advent calendar a parent prepares for a child (advent_calendar_v2; legacy public.calendar). Locked calendars cannot have their day content changed; opening days stays possible.';
COMMENT ON COLUMN calendar.advent_calendar.is_locked IS 'Set when the content is frozen (e.g. the child started opening days); enforced by trigger calendar.guard_calendar_day.';
COMMENT ON COLUMN calendar.advent_calendar.share_slug IS 'Public share link identifier (legacy share_code, lower-cased).';

CREATE TABLE calendar.surprise_collection (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    calendar_id  uuid NOT NULL REFERENCES calendar.advent_calendar (id) ON DELETE CASCADE,
    legacy_id    integer,
    title        text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 120),
    theme        text CHECK (char_length(theme) <= 50),
    unlock_rule  calendar.surprise_unlock_rule NOT NULL DEFAULT 'with_day',
    is_enabled   boolean NOT NULL DEFAULT true,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT surprise_collection_legacy_id_key UNIQUE (legacy_id)
);

CREATE INDEX surprise_collection_calendar_idx ON calendar.surprise_collection (calendar_id);

COMMENT ON TABLE calendar.surprise_collection IS 'A set of surprise videos attached to a calendar (surprise_collection_v2; the legacy surprise_config row).';

CREATE TABLE calendar.surprise_video (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    collection_id   uuid NOT NULL REFERENCES calendar.surprise_collection (id) ON DELETE CASCADE,
    media_asset_id  uuid NOT NULL REFERENCES calendar.media_asset (id) ON DELETE RESTRICT,
    title           text CHECK (char_length(title) <= 120),
    position        smallint NOT NULL CHECK (position BETWEEN 1 AND 100),
    unlock_day      smallint CHECK (unlock_day BETWEEN 1 AND 31),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT surprise_video_position_key UNIQUE (collection_id, position) DEFERRABLE INITIALLY IMMEDIATE
);

CREATE INDEX surprise_video_media_idx ON calendar.surprise_video (media_asset_id);

COMMENT ON TABLE calendar.surprise_video IS 'One video of a surprise collection (normalized from the legacy surprise_config.videos JSON array; position = array ordinal).';

CREATE TABLE calendar.calendar_day (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    calendar_id        uuid NOT NULL REFERENCES calendar.advent_calendar (id) ON DELETE CASCADE,
    legacy_id          integer,
    day_number         smallint NOT NULL CHECK (day_number BETWEEN 1 AND 31),
    title              text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 120),
    message            text CHECK (char_length(message) <= 4000),
    content_type       calendar.day_content_type NOT NULL DEFAULT 'message',
    media_asset_id     uuid REFERENCES calendar.media_asset (id) ON DELETE SET NULL,
    surprise_video_id  uuid REFERENCES calendar.surprise_video (id) ON DELETE SET NULL,
    unlock_date        date NOT NULL,
    opened_at          timestamptz,
    is_opened          boolean NOT NULL GENERATED ALWAYS AS (opened_at IS NOT NULL) STORED,
    reaction           text CHECK (char_length(reaction) <= 16),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT calendar_day_legacy_id_key UNIQUE (legacy_id),
    CONSTRAINT calendar_day_number_key UNIQUE (calendar_id, day_number),
    CONSTRAINT calendar_day_id_calendar_key UNIQUE (id, calendar_id),
    CONSTRAINT calendar_day_media_required CHECK (content_type NOT IN ('image', 'video', 'audio') OR media_asset_id IS NOT NULL),
    CONSTRAINT calendar_day_surprise_required CHECK (content_type <> 'surprise' OR surprise_video_id IS NOT NULL),
    CONSTRAINT calendar_day_message_required CHECK (content_type <> 'message' OR message IS NOT NULL)
);

CREATE INDEX calendar_day_unlock_idx ON calendar.calendar_day (unlock_date) WHERE opened_at IS NULL;

CREATE INDEX calendar_day_media_idx ON calendar.calendar_day (media_asset_id);

CREATE INDEX calendar_day_surprise_video_idx ON calendar.calendar_day (surprise_video_id);

COMMENT ON TABLE calendar.calendar_day IS 'One door of an advent calendar (calendar_day_v2), shaped like the frontend AdventDay: day, title, content, type, media, unlock date, opened state.';
COMMENT ON COLUMN calendar.calendar_day.day_number IS 'AdventDay.day, 1..day_count of the calendar (checked by trigger).';
COMMENT ON COLUMN calendar.calendar_day.unlock_date IS 'Local date (family time zone) from which the day can be opened; defaults to start_date + day_number - 1.';
COMMENT ON COLUMN calendar.calendar_day.is_opened IS 'AdventDay.isOpened, derived from opened_at.';
