CREATE TABLE nps_responses (
    id bigint PRIMARY KEY,
    score smallint NOT NULL
);

CREATE FUNCTION nps_bucket(score smallint) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    AS $$
        SELECT CASE WHEN score >= 9 THEN 'promoter' ELSE 'other' END
    $$;
