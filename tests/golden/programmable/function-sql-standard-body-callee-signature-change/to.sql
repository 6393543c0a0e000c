-- case: a BEGIN ATOMIC body records a dependency on the functions it calls, so when the callee's signature changes (new parameter) the unchanged caller must be dropped before and recreated after the callee.
CREATE FUNCTION points_for(correct integer, per_answer integer DEFAULT 10) RETURNS integer
    LANGUAGE sql
    IMMUTABLE
    RETURN correct * per_answer;

CREATE FUNCTION quiz_points(correct integer, total integer) RETURNS integer
    LANGUAGE sql
    IMMUTABLE
    BEGIN ATOMIC
        SELECT points_for(correct) + CASE WHEN correct = total THEN 5 ELSE 0 END;
    END;
