-- case: comments on programmable objects are added, changed and removed with COMMENT ON (DOMAIN, TYPE, FUNCTION, PROCEDURE, TRIGGER ... ON, POLICY ... ON, MATERIALIZED VIEW, COLUMN of a materialized view) without touching the objects themselves.
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

COMMENT ON DOMAIN day_number IS 'Advent day, 1 to 24';
COMMENT ON TYPE gift_box IS 'What is inside a door';
COMMENT ON COLUMN gift_box.weight_grams IS 'Shipping weight';
COMMENT ON FUNCTION noop_trigger() IS 'Placeholder trigger function';
COMMENT ON PROCEDURE open_day(bigint) IS 'Marks a day as opened';
COMMENT ON POLICY calendar_days_read ON calendar_days IS 'Everyone may read days';
COMMENT ON MATERIALIZED VIEW opened_days IS 'Days already opened';
COMMENT ON COLUMN opened_days.day IS 'Day number';
