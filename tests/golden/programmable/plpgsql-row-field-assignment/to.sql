-- case: PL/pgSQL that libpg_query's own parser rejects but PostgreSQL accepts (assigning to a field of a row or record variable, RETURN NEXT without an expression under RETURNS TABLE) is read as written.
CREATE TABLE days (id bigint PRIMARY KEY, opened_at timestamptz, note text);

CREATE FUNCTION keep_opened_at() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    probe days;
    r record;
BEGIN
    probe := NEW;
    probe.opened_at := OLD.opened_at;
    SELECT 1 AS n INTO r;
    r.n := 2;
    IF probe IS DISTINCT FROM NEW THEN
        NEW.note = 'changed';
    END IF;
    RETURN NEW;
END;
$$;

CREATE FUNCTION purge() RETURNS TABLE (purged integer) LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM archive WHERE true;
    GET DIAGNOSTICS purged = ROW_COUNT;
    RETURN NEXT;
END;
$$;

CREATE TABLE archive (id bigint PRIMARY KEY);
