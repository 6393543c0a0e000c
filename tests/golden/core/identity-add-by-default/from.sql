CREATE TABLE public.notes (
    note_id bigint NOT NULL,
    body text,
    CONSTRAINT notes_pkey PRIMARY KEY (note_id)
);
