CREATE TABLE calendars (
    id bigint PRIMARY KEY,
    owner_id uuid NOT NULL,
    archived boolean NOT NULL DEFAULT false
);

ALTER TABLE calendars ENABLE ROW LEVEL SECURITY;

CREATE POLICY calendars_owner ON calendars
    FOR UPDATE
    TO app_writer
    USING (owner_id = current_setting('app.user_id', true)::uuid);
