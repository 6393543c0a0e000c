CREATE TABLE api_keys (
    id integer PRIMARY KEY,
    key_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
    label text DEFAULT 'unnamed',
    issued_on date DEFAULT '2000-01-01',
    expires_at timestamptz DEFAULT '2099-12-31 00:00:00+00'
);
