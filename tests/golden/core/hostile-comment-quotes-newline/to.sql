-- case: comments containing single and double quotes, real newlines, a tab, backslashes, semicolons and SQL comment markers must be escaped so the generated SQL round-trips exactly.
CREATE TABLE notes (
    id int PRIMARY KEY,
    body text
);
COMMENT ON TABLE notes IS 'He said "hi" and it''s
a two-line comment; with a semicolon';
COMMENT ON COLUMN notes.body IS E'tab:\there, backslash: \\, newline:\nend -- not a comment /* nor this */';
COMMENT ON CONSTRAINT notes_pkey ON notes IS $$dollar-quoted: it's "fine"; $$;
