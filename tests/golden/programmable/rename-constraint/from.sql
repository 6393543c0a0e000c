CREATE TABLE classrooms (
    id integer PRIMARY KEY
);

CREATE TABLE enrollments (
    id bigint,
    classroom_id integer NOT NULL,
    student_id bigint NOT NULL,
    CONSTRAINT enrollments_pk PRIMARY KEY (id),
    CONSTRAINT fk_classroom FOREIGN KEY (classroom_id) REFERENCES classrooms (id),
    CONSTRAINT uq_student_class UNIQUE (classroom_id, student_id)
);
