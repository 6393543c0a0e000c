-- 20251103090000_drop_legacy_tables (down): undoes 20251103090000_drop_legacy_tables.up.sql; written by `schemac migrate new`.

SET search_path = public;
SET check_function_bodies = false;

-- create sequence public.account_id_seq
CREATE SEQUENCE public.account_id_seq AS integer;

-- create sequence public.analytics_event_id_seq
CREATE SEQUENCE public.analytics_event_id_seq;

-- create sequence public.calendar_day_id_seq
CREATE SEQUENCE public.calendar_day_id_seq AS integer;

-- create sequence public.calendar_id_seq
CREATE SEQUENCE public.calendar_id_seq AS integer;

-- create sequence public.chat_message_id_seq
CREATE SEQUENCE public.chat_message_id_seq;

-- create sequence public.child_id_seq
CREATE SEQUENCE public.child_id_seq AS integer;

-- create sequence public.surprise_config_id_seq
CREATE SEQUENCE public.surprise_config_id_seq AS integer;

-- create table public.account
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE public.account (
    id integer DEFAULT nextval('account_id_seq'::regclass) NOT NULL,
    email character varying(255) NOT NULL,
    password_hash character varying(255),
    name character varying(255),
    created_at timestamp without time zone DEFAULT now(),
    updated_at timestamp without time zone DEFAULT now(),
    CONSTRAINT account_email_key UNIQUE (email),
    CONSTRAINT account_pkey PRIMARY KEY (id)
);

-- set owner of sequence public.account_id_seq to public.account.id
ALTER SEQUENCE public.account_id_seq OWNED BY public.account.id;

-- create table public.analytics_event
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE public.analytics_event (
    id bigint DEFAULT nextval('analytics_event_id_seq'::regclass) NOT NULL,
    account_id integer,
    event_type text NOT NULL,
    payload jsonb,
    created_at timestamp without time zone DEFAULT now(),
    CONSTRAINT analytics_event_pkey PRIMARY KEY (id)
);

-- set owner of sequence public.analytics_event_id_seq to public.analytics_event.id
ALTER SEQUENCE public.analytics_event_id_seq OWNED BY public.analytics_event.id;

-- create table public.calendar
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE public.calendar (
    id integer DEFAULT nextval('calendar_id_seq'::regclass) NOT NULL,
    account_id integer,
    child_id integer,
    title character varying(255),
    year integer,
    theme character varying(50),
    is_published boolean DEFAULT false,
    share_code character varying(32),
    created_at timestamp without time zone DEFAULT now(),
    updated_at timestamp without time zone DEFAULT now(),
    CONSTRAINT calendar_pkey PRIMARY KEY (id)
);

-- set owner of sequence public.calendar_id_seq to public.calendar.id
ALTER SEQUENCE public.calendar_id_seq OWNED BY public.calendar.id;

-- add constraint calendar_account_id_fkey on public.calendar
ALTER TABLE public.calendar ADD CONSTRAINT calendar_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account (id);

-- create table public.calendar_day
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE public.calendar_day (
    id integer DEFAULT nextval('calendar_day_id_seq'::regclass) NOT NULL,
    calendar_id integer,
    day integer,
    title character varying(255),
    content text,
    content_type character varying(20) DEFAULT 'text'::varchar,
    media_url text,
    is_opened boolean DEFAULT false,
    opened_at timestamp without time zone,
    created_at timestamp without time zone DEFAULT now(),
    CONSTRAINT calendar_day_pkey PRIMARY KEY (id)
);

-- set owner of sequence public.calendar_day_id_seq to public.calendar_day.id
ALTER SEQUENCE public.calendar_day_id_seq OWNED BY public.calendar_day.id;

-- add constraint calendar_day_calendar_id_fkey on public.calendar_day
ALTER TABLE public.calendar_day ADD CONSTRAINT calendar_day_calendar_id_fkey FOREIGN KEY (calendar_id) REFERENCES public.calendar (id) ON DELETE CASCADE;

-- create table public.chat_message
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE public.chat_message (
    id bigint DEFAULT nextval('chat_message_id_seq'::regclass) NOT NULL,
    chat_id uuid,
    sender character varying(20),
    message text,
    meta jsonb,
    created_at timestamp without time zone DEFAULT now(),
    CONSTRAINT chat_message_pkey PRIMARY KEY (id)
);

-- set owner of sequence public.chat_message_id_seq to public.chat_message.id
ALTER SEQUENCE public.chat_message_id_seq OWNED BY public.chat_message.id;

-- create table public.chat_record
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE public.chat_record (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    child_id integer,
    calendar_id integer,
    day integer,
    started_at timestamp without time zone DEFAULT now(),
    ended_at timestamp without time zone,
    summary text,
    CONSTRAINT chat_record_pkey PRIMARY KEY (id)
);

-- add constraint chat_message_chat_id_fkey on public.chat_message
ALTER TABLE public.chat_message ADD CONSTRAINT chat_message_chat_id_fkey FOREIGN KEY (chat_id) REFERENCES public.chat_record (id);

-- create table public.child
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE public.child (
    id integer DEFAULT nextval('child_id_seq'::regclass) NOT NULL,
    account_id integer NOT NULL,
    name character varying(100) NOT NULL,
    birthdate date,
    avatar_url text,
    interests text,
    created_at timestamp without time zone DEFAULT now(),
    CONSTRAINT child_pkey PRIMARY KEY (id)
);

-- set owner of sequence public.child_id_seq to public.child.id
ALTER SEQUENCE public.child_id_seq OWNED BY public.child.id;

-- add constraint calendar_child_id_fkey on public.calendar
ALTER TABLE public.calendar ADD CONSTRAINT calendar_child_id_fkey FOREIGN KEY (child_id) REFERENCES public.child (id);

-- add constraint chat_record_child_id_fkey on public.chat_record
ALTER TABLE public.chat_record ADD CONSTRAINT chat_record_child_id_fkey FOREIGN KEY (child_id) REFERENCES public.child (id);

-- add constraint child_account_id_fkey on public.child
ALTER TABLE public.child ADD CONSTRAINT child_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account (id);

-- create table public.surprise_config
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE public.surprise_config (
    id integer DEFAULT nextval('surprise_config_id_seq'::regclass) NOT NULL,
    calendar_id integer,
    theme character varying(50),
    videos jsonb DEFAULT '[]'::jsonb,
    enabled boolean DEFAULT true,
    created_at timestamp without time zone DEFAULT now(),
    CONSTRAINT surprise_config_pkey PRIMARY KEY (id)
);

-- set owner of sequence public.surprise_config_id_seq to public.surprise_config.id
ALTER SEQUENCE public.surprise_config_id_seq OWNED BY public.surprise_config.id;

-- add constraint surprise_config_calendar_id_fkey on public.surprise_config
ALTER TABLE public.surprise_config ADD CONSTRAINT surprise_config_calendar_id_fkey FOREIGN KEY (calendar_id) REFERENCES public.calendar (id);

-- create index public.analytics_event_created_idx
CREATE INDEX analytics_event_created_idx ON public.analytics_event (created_at);

-- create index public.analytics_event_type_idx
CREATE INDEX analytics_event_type_idx ON public.analytics_event (event_type);

-- create index public.chat_message_chat_id_idx
CREATE INDEX chat_message_chat_id_idx ON public.chat_message (chat_id);

-- comment on column public.calendar_day.content_type
COMMENT ON COLUMN public.calendar_day.content_type IS 'free text: text, photo, image, video (any case), sometimes empty';

-- comment on column public.chat_message.sender
COMMENT ON COLUMN public.chat_message.sender IS 'free text: child, parent, ai, AI, bot';

-- comment on column public.child.interests
COMMENT ON COLUMN public.child.interests IS 'comma-separated list, e.g. "lego, space"';

-- comment on column public.surprise_config.videos
COMMENT ON COLUMN public.surprise_config.videos IS 'JSON array of {"url": ..., "title": ..., "day": n}';

