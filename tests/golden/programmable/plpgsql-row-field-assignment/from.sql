CREATE TABLE days (id bigint PRIMARY KEY, opened_at timestamptz, note text);
