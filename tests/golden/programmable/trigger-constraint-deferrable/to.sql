-- case: a CONSTRAINT TRIGGER declared DEFERRABLE INITIALLY DEFERRED is created (it also appears in pg_constraint); it checks at commit that every classroom has a teacher, so a classroom and its teacher can be inserted in either order within one transaction.
CREATE TABLE classrooms (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE classroom_teachers (
    classroom_id integer NOT NULL REFERENCES classrooms (id) ON DELETE CASCADE,
    teacher_id bigint NOT NULL,
    PRIMARY KEY (classroom_id, teacher_id)
);

CREATE FUNCTION require_teacher() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.classroom_teachers WHERE classroom_id = NEW.id) THEN
        RAISE EXCEPTION 'classroom % has no teacher', NEW.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER classrooms_require_teacher
    AFTER INSERT OR UPDATE ON classrooms
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    EXECUTE FUNCTION require_teacher();
