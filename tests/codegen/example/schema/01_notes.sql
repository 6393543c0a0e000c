CREATE TYPE public.note_state AS ENUM ('draft', 'published', 'on hold');

CREATE TABLE public.notes (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title      text NOT NULL,
    body       text,
    state      public.note_state NOT NULL DEFAULT 'draft',
    created_at timestamptz NOT NULL DEFAULT now()
);
