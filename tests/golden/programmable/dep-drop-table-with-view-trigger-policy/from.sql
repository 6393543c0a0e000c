CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE TABLE legacy_notes (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    body text NOT NULL,
    updated_at timestamptz
);

CREATE FUNCTION legacy_notes_touch() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER legacy_notes_touch BEFORE UPDATE ON legacy_notes FOR EACH ROW EXECUTE FUNCTION legacy_notes_touch();

ALTER TABLE legacy_notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY legacy_notes_owner ON legacy_notes USING (user_id = current_setting('app.user_id', true)::bigint);

CREATE VIEW legacy_note_counts AS
    SELECT u.id, u.email, count(n.id) AS notes
    FROM users u LEFT JOIN legacy_notes n ON n.user_id = u.id
    GROUP BY u.id, u.email;

GRANT SELECT ON legacy_notes TO app_reader;
GRANT SELECT ON legacy_note_counts TO app_reader;
