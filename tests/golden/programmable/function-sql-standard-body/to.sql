-- case: SQL-standard bodies (RETURN expr, BEGIN ATOMIC ... END) are parsed and bound at creation and stored as trees; a changed RETURN body is replaced in place and a new BEGIN ATOMIC function is created after the table it reads.
CREATE TABLE surprises (
    id bigint PRIMARY KEY,
    calendar_id bigint NOT NULL,
    day_number smallint NOT NULL,
    revealed_at timestamptz
);

CREATE FUNCTION is_revealed(s surprises) RETURNS boolean
    LANGUAGE sql
    STABLE
    RETURN s.revealed_at IS NOT NULL AND s.revealed_at <= now();

CREATE FUNCTION reveal_day(p_calendar_id bigint, p_day smallint) RETURNS bigint
    LANGUAGE sql
    BEGIN ATOMIC
        UPDATE surprises
           SET revealed_at = now()
         WHERE calendar_id = p_calendar_id AND day_number = p_day AND revealed_at IS NULL;
        SELECT count(*) FROM surprises WHERE calendar_id = p_calendar_id AND revealed_at IS NOT NULL;
    END;
