-- case: a function whose body alone changes (same signature, return type and attributes) is updated in place with CREATE OR REPLACE FUNCTION and returns the new result.
CREATE TABLE nps_responses (
    id bigint PRIMARY KEY,
    score smallint NOT NULL
);

CREATE FUNCTION nps_bucket(score smallint) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    AS $$
        SELECT CASE
            WHEN score >= 9 THEN 'promoter'
            WHEN score >= 7 THEN 'passive'
            ELSE 'detractor'
        END
    $$;
