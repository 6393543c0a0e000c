-- case: renaming an input parameter is refused by CREATE OR REPLACE FUNCTION ("cannot change name of input parameter"), so the function is dropped and recreated even though its signature (integer) is the same.
CREATE FUNCTION format_minutes(total_minutes integer) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    RETURN (total_minutes / 60) || 'h ' || (total_minutes % 60) || 'm';
