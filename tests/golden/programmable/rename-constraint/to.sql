-- case: constraints renamed by annotation are ALTER TABLE ... RENAME CONSTRAINT (a primary key or unique constraint renames its index with it); nothing is revalidated or rebuilt.
CREATE TABLE classrooms (
    id integer PRIMARY KEY
);

CREATE TABLE enrollments (
    id bigint,
    classroom_id integer NOT NULL,
    student_id bigint NOT NULL,
    -- schemac:renamed-from enrollments_pk
    CONSTRAINT enrollments_pkey PRIMARY KEY (id),
    -- schemac:renamed-from fk_classroom
    CONSTRAINT enrollments_classroom_id_fkey FOREIGN KEY (classroom_id) REFERENCES classrooms (id),
    -- schemac:renamed-from uq_student_class
    CONSTRAINT enrollments_classroom_id_student_id_key UNIQUE (classroom_id, student_id)
);
