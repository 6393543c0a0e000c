CREATE TABLE docs (
    id int PRIMARY KEY,
    meta jsonb DEFAULT '{}',
    title text DEFAULT 'untitled',
    price numeric(10, 2) DEFAULT 0,
    created_at timestamptz DEFAULT now(),
    qty int CHECK (qty::numeric < 1000.5),
    code varchar(10) CHECK (char_length(code) > 2)
);
CREATE INDEX docs_title_lower_idx ON docs (lower(title));
