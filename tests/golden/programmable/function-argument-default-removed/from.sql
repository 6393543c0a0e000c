CREATE FUNCTION clamp_score(score integer, lo integer DEFAULT 0, hi integer DEFAULT 100)
    RETURNS integer
    LANGUAGE sql
    IMMUTABLE
    RETURN greatest(lo, least(hi, score));

GRANT EXECUTE ON FUNCTION clamp_score(integer, integer, integer) TO app_reader;
