-- case: a function whose return type or argument is a table's row type depends on the table: it is created after the table and dropped before it.
CREATE TABLE engagement (id bigint PRIMARY KEY, score integer NOT NULL DEFAULT 0);
CREATE FUNCTION bump(e engagement) RETURNS engagement LANGUAGE sql AS $$ SELECT e.id, e.score + 1 $$;
CREATE FUNCTION latest() RETURNS SETOF engagement LANGUAGE sql STABLE AS $$ SELECT * FROM engagement ORDER BY id DESC LIMIT 1 $$;
