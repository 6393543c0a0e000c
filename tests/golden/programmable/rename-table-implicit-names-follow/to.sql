-- case: renaming a table does not rename its implicitly named constraints, indexes or owned sequence, so a table renamed by annotation whose to-side names are implicit (students_pkey, students_email_key, students_grade_check, students_id_seq) also needs those objects renamed; data kept.
-- schemac:renamed-from pupils
CREATE TABLE students (
    id bigserial PRIMARY KEY,
    email text NOT NULL UNIQUE,
    grade smallint CHECK (grade BETWEEN 0 AND 12)
);
