CREATE TABLE surprises (
    id bigint PRIMARY KEY,
    calendar_id bigint NOT NULL,
    revealed_at timestamptz
);

CREATE FUNCTION add_points(a integer, b integer) RETURNS integer
    LANGUAGE sql
    IMMUTABLE
    RETURN a+b;

CREATE FUNCTION unrevealed_count(p_calendar_id bigint) RETURNS bigint
    LANGUAGE sql
    STABLE
    BEGIN ATOMIC
        SELECT count(*) FROM surprises WHERE calendar_id = p_calendar_id AND revealed_at IS NULL;
    END;
