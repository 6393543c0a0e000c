CREATE TABLE calendars (
    id bigint PRIMARY KEY,
    owner_id uuid NOT NULL,
    shared boolean NOT NULL DEFAULT false
);

ALTER TABLE calendars ENABLE ROW LEVEL SECURITY;

CREATE POLICY calendars_owner ON calendars
    USING (owner_id = current_setting('app.user_id', true)::uuid);

CREATE POLICY calendars_shared ON calendars
    FOR SELECT
    TO app_reader, app_writer
    USING (shared);
