CREATE FUNCTION points_for(correct integer) RETURNS integer
    LANGUAGE sql
    IMMUTABLE
    RETURN correct * 10;

CREATE FUNCTION quiz_points(correct integer, total integer) RETURNS integer
    LANGUAGE sql
    IMMUTABLE
    BEGIN ATOMIC
        SELECT points_for(correct) + CASE WHEN correct = total THEN 5 ELSE 0 END;
    END;
