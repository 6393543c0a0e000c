-- case: equivalent expression spellings (literal with/without explicit cast, CAST(x AS t) vs x::t, function-name case, redundant parentheses) normalize to the same stored expression: empty diff.
CREATE TABLE docs (
    id int PRIMARY KEY,
    meta jsonb DEFAULT '{}'::jsonb,
    title text DEFAULT 'untitled'::text,
    price numeric(10, 2) DEFAULT (0),
    created_at timestamptz DEFAULT NOW(),
    qty int CHECK ((CAST(qty AS numeric) < 1000.5)),
    code varchar(10) CHECK (CHAR_LENGTH((code)::text) > 2)
);
CREATE INDEX docs_title_lower_idx ON docs (LOWER(title));
