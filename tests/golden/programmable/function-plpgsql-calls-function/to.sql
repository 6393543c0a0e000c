-- case: a PL/pgSQL function calling another new function records no dependency on it (bodies are only syntax-checked), yet the plan still creates the callee first; the caller is declared before the callee in the file.
CREATE SCHEMA analytics;

CREATE TABLE analytics.nps_responses (
    id bigint PRIMARY KEY,
    score smallint NOT NULL CHECK (score BETWEEN 0 AND 10)
);

-- declared first on purpose: it calls analytics.nps_category, defined below
CREATE FUNCTION analytics.nps_score() RETURNS integer
    LANGUAGE plpgsql
    STABLE
    SET search_path = ''
AS $$
DECLARE
    promoters bigint;
    detractors bigint;
    total bigint;
BEGIN
    SELECT count(*) FILTER (WHERE analytics.nps_category(score) = 'promoter'),
           count(*) FILTER (WHERE analytics.nps_category(score) = 'detractor'),
           count(*)
      INTO promoters, detractors, total
      FROM analytics.nps_responses;
    IF total = 0 THEN
        RETURN NULL;
    END IF;
    RETURN round(100.0 * (promoters - detractors) / total);
END;
$$;

CREATE FUNCTION analytics.nps_category(score smallint) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT CASE WHEN score >= 9 THEN 'promoter' WHEN score >= 7 THEN 'passive' ELSE 'detractor' END $$;
