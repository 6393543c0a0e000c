-- schemac forward plan: 6 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create schema analytics
CREATE SCHEMA analytics;

-- create type analytics.event_kind
CREATE TYPE analytics.event_kind AS ENUM ('click', 'view', 'purchase');

-- create sequence analytics.event_batch_seq
CREATE SEQUENCE analytics.event_batch_seq START WITH 100;

-- create table analytics.events
CREATE TABLE analytics.events (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    user_id bigint,
    kind analytics.event_kind NOT NULL,
    batch_no bigint DEFAULT nextval('analytics.event_batch_seq'::regclass) NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (id)
);

-- add constraint events_user_id_fkey on analytics.events
ALTER TABLE analytics.events ADD CONSTRAINT events_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE SET NULL;

-- create index analytics.events_user_kind_idx
CREATE INDEX events_user_kind_idx ON analytics.events (user_id, kind);

COMMIT;
