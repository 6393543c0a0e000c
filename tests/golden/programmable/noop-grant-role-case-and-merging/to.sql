-- case: grants written differently but giving the same ACL are an empty diff: role names in upper case or quoted, PUBLIC vs public, one GRANT on two tables vs two GRANTs, one GRANT with two privileges vs two GRANTs, and a repeated identical GRANT.
CREATE TABLE classrooms (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE enrollments (
    classroom_id integer NOT NULL,
    student_id bigint NOT NULL
);

GRANT SELECT ON TABLE classrooms, enrollments TO APP_READER;
GRANT INSERT ON TABLE public.classrooms TO "app_reader";
GRANT SELECT ON classrooms TO PUBLIC;
GRANT UPDATE ON classrooms TO App_Writer WITH GRANT OPTION;
GRANT UPDATE ON classrooms TO app_writer WITH GRANT OPTION;
