-- case: SQL-standard bodies are stored as parsed trees, so layout, keyword case, redundant parentheses, explicit casts PostgreSQL would add and table qualification inside RETURN / BEGIN ATOMIC are an empty diff (unlike $$ bodies, which are compared as text).
CREATE TABLE surprises (
    id bigint PRIMARY KEY,
    calendar_id bigint NOT NULL,
    revealed_at timestamptz
);

CREATE FUNCTION add_points(a integer, b integer) RETURNS integer
    LANGUAGE sql
    IMMUTABLE
    RETURN (a + b);

CREATE FUNCTION unrevealed_count(p_calendar_id bigint) RETURNS bigint
    LANGUAGE sql
    STABLE
begin atomic
 select count(*) as count
   from public.surprises
  where ((surprises.calendar_id = unrevealed_count.p_calendar_id) and (surprises.revealed_at is null));
end;
