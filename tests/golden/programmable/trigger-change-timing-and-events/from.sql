CREATE TABLE enrollments (
    id bigint PRIMARY KEY,
    classroom_id integer NOT NULL,
    student_id bigint NOT NULL
);

CREATE TABLE enrollment_audit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    op text NOT NULL,
    enrollment_id bigint NOT NULL
);

CREATE FUNCTION audit_enrollment() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO public.enrollment_audit (op, enrollment_id)
    VALUES (TG_OP, CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER enrollments_audit
    BEFORE UPDATE ON enrollments
    FOR EACH ROW
    EXECUTE FUNCTION audit_enrollment();
