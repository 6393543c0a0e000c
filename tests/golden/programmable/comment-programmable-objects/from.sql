CREATE DOMAIN day_number AS smallint CHECK (VALUE BETWEEN 1 AND 24);
CREATE TYPE gift_box AS (label text, weight_grams integer);

CREATE TABLE calendar_days (
    id bigint PRIMARY KEY,
    day day_number NOT NULL,
    opened boolean NOT NULL DEFAULT false
);

ALTER TABLE calendar_days ENABLE ROW LEVEL SECURITY;
CREATE POLICY calendar_days_read ON calendar_days FOR SELECT USING (true);

CREATE FUNCTION noop_trigger() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$;
CREATE TRIGGER calendar_days_noop BEFORE UPDATE ON calendar_days FOR EACH ROW EXECUTE FUNCTION noop_trigger();
CREATE PROCEDURE open_day(p_id bigint) LANGUAGE sql AS $$ UPDATE calendar_days SET opened = true WHERE id = p_id $$;
CREATE MATERIALIZED VIEW opened_days AS SELECT id, day FROM calendar_days WHERE opened;

COMMENT ON DOMAIN day_number IS 'Old domain comment';
COMMENT ON TRIGGER calendar_days_noop ON calendar_days IS 'To be removed';
