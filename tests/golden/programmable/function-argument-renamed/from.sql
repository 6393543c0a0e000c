CREATE FUNCTION format_minutes(m integer) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    RETURN (m / 60) || 'h ' || (m % 60) || 'm';
