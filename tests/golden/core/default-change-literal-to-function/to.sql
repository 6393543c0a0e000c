-- case: changing defaults from literals to function calls (gen_random_uuid(), current_date, now() + interval) and changing a literal to another literal leaves existing rows as they were.
CREATE TABLE api_keys (
    id integer PRIMARY KEY,
    key_id uuid NOT NULL DEFAULT gen_random_uuid(),
    label text DEFAULT 'default key',
    issued_on date DEFAULT CURRENT_DATE,
    expires_at timestamptz DEFAULT (now() + '1 year'::interval)
);
