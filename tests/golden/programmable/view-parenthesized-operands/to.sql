-- case: a view whose expressions need parentheses PostgreSQL cannot do without (a cast of AT TIME ZONE, a cast of IS NULL, IS NULL of an AND) is printed with them, so the view that is created means what the schema file says.
CREATE TABLE days (id bigint PRIMARY KEY, unlock_date date NOT NULL, time_zone text, opened boolean, seen boolean);
CREATE VIEW day_state AS
SELECT id,
       unlock_date <= (now() AT TIME ZONE coalesce(time_zone, 'UTC'))::date AS unlocked,
       (opened IS NULL)::int AS unknown_open,
       (opened AND seen) IS NULL AS incomplete,
       id BETWEEN 1 AND (CASE WHEN opened AND seen THEN 24 ELSE 25 END) AS in_range
  FROM days;
