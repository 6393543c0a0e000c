-- case: changing a policy's USING expression and adding a WITH CHECK expression is done in place with ALTER POLICY ... USING (...) WITH CHECK (...).
CREATE TABLE calendars (
    id bigint PRIMARY KEY,
    owner_id uuid NOT NULL,
    archived boolean NOT NULL DEFAULT false
);

ALTER TABLE calendars ENABLE ROW LEVEL SECURITY;

CREATE POLICY calendars_owner ON calendars
    FOR UPDATE
    TO app_writer
    USING (owner_id = current_setting('app.user_id', true)::uuid AND NOT archived)
    WITH CHECK (owner_id = current_setting('app.user_id', true)::uuid);
