-- case: removing an argument default is refused by CREATE OR REPLACE FUNCTION ("cannot remove parameter defaults"), so the function is dropped and recreated, and its grant restored.
CREATE FUNCTION clamp_score(score integer, lo integer, hi integer DEFAULT 100)
    RETURNS integer
    LANGUAGE sql
    IMMUTABLE
    RETURN greatest(lo, least(hi, score));

GRANT EXECUTE ON FUNCTION clamp_score(integer, integer, integer) TO app_reader;
