-- legacy_calendar.sql: the LEGACY advent calendar schema the product started from (phase 0,
-- "legacy baseline"), as described by the calendar legacy -> v2 migration guide. Everything
-- lives in public; keys are serial integers except chat_record (uuid); constraints are loose:
-- nullable owner columns, unchecked free-text states (content_type, sender), comma-separated
-- lists, JSON arrays for surprise videos, a generic analytics_event table with a jsonb payload
-- and no foreign keys from chat_record.calendar_id or analytics_event. Timestamps are
-- timestamp without time zone, written in UTC by the old application.
--
-- Not a schemac schema file: it is replayed by tools/history to rebuild the starting point.

CREATE TABLE public.account (
    id             serial PRIMARY KEY,
    email          varchar(255) NOT NULL UNIQUE,
    password_hash  varchar(255),
    name           varchar(255),
    created_at     timestamp DEFAULT now(),
    updated_at     timestamp DEFAULT now()
);

CREATE TABLE public.child (
    id          serial PRIMARY KEY,
    account_id  integer NOT NULL REFERENCES public.account (id),
    name        varchar(100) NOT NULL,
    birthdate   date,
    avatar_url  text,
    interests   text,
    created_at  timestamp DEFAULT now()
);

COMMENT ON COLUMN public.child.interests IS 'comma-separated list, e.g. "lego, space"';

CREATE TABLE public.calendar (
    id            serial PRIMARY KEY,
    account_id    integer REFERENCES public.account (id),
    child_id      integer REFERENCES public.child (id),
    title         varchar(255),
    year          integer,
    theme         varchar(50),
    is_published  boolean DEFAULT false,
    share_code    varchar(32),
    created_at    timestamp DEFAULT now(),
    updated_at    timestamp DEFAULT now()
);

CREATE TABLE public.calendar_day (
    id            serial PRIMARY KEY,
    calendar_id   integer REFERENCES public.calendar (id) ON DELETE CASCADE,
    day           integer,
    title         varchar(255),
    content       text,
    content_type  varchar(20) DEFAULT 'text',
    media_url     text,
    is_opened     boolean DEFAULT false,
    opened_at     timestamp,
    created_at    timestamp DEFAULT now()
);

COMMENT ON COLUMN public.calendar_day.content_type IS 'free text: text, photo, image, video (any case), sometimes empty';

CREATE TABLE public.chat_record (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    child_id     integer REFERENCES public.child (id),
    calendar_id  integer,
    day          integer,
    started_at   timestamp DEFAULT now(),
    ended_at     timestamp,
    summary      text
);

CREATE TABLE public.chat_message (
    id          bigserial PRIMARY KEY,
    chat_id     uuid REFERENCES public.chat_record (id),
    sender      varchar(20),
    message     text,
    meta        jsonb,
    created_at  timestamp DEFAULT now()
);

COMMENT ON COLUMN public.chat_message.sender IS 'free text: child, parent, ai, AI, bot';

CREATE INDEX chat_message_chat_id_idx ON public.chat_message (chat_id);

CREATE TABLE public.surprise_config (
    id           serial PRIMARY KEY,
    calendar_id  integer REFERENCES public.calendar (id),
    theme        varchar(50),
    videos       jsonb DEFAULT '[]',
    enabled      boolean DEFAULT true,
    created_at   timestamp DEFAULT now()
);

COMMENT ON COLUMN public.surprise_config.videos IS 'JSON array of {"url": ..., "title": ..., "day": n}';

CREATE TABLE public.analytics_event (
    id          bigserial PRIMARY KEY,
    account_id  integer,
    event_type  text NOT NULL,
    payload     jsonb,
    created_at  timestamp DEFAULT now()
);

CREATE INDEX analytics_event_type_idx ON public.analytics_event (event_type);

CREATE INDEX analytics_event_created_idx ON public.analytics_event (created_at);
