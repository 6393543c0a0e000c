CREATE TABLE raw_events (
    id bigint,
    payload jsonb,
    CONSTRAINT raw_events_pkey PRIMARY KEY (id)
);
