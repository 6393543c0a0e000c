CREATE TABLE classrooms (
    id integer PRIMARY KEY,
    name text NOT NULL,
    school_id integer NOT NULL
);

ALTER TABLE classrooms ENABLE ROW LEVEL SECURITY;

CREATE POLICY classrooms_read ON classrooms
    FOR SELECT
    TO app_reader
    USING (true);

CREATE POLICY classrooms_school ON classrooms
    USING (school_id = current_setting('app.school_id', true)::integer);
