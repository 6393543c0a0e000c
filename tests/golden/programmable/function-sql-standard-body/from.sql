CREATE TABLE surprises (
    id bigint PRIMARY KEY,
    calendar_id bigint NOT NULL,
    day_number smallint NOT NULL,
    revealed_at timestamptz
);

CREATE FUNCTION is_revealed(s surprises) RETURNS boolean
    LANGUAGE sql
    STABLE
    RETURN s.revealed_at IS NOT NULL;
