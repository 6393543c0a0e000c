-- case: a new schema must exist before the enum, sequence, table and index created inside it, and the new table references a public table.
CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE SCHEMA analytics;

CREATE TYPE analytics.event_kind AS ENUM ('click', 'view', 'purchase');

CREATE SEQUENCE analytics.event_batch_seq START 100;

CREATE TABLE analytics.events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint REFERENCES public.users (id) ON DELETE SET NULL,
    kind analytics.event_kind NOT NULL,
    batch_no bigint NOT NULL DEFAULT nextval('analytics.event_batch_seq'),
    occurred_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX events_user_kind_idx ON analytics.events (user_id, kind);
