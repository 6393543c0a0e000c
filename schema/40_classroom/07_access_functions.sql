-- Access helpers for classroom row-level security, and joining a class by code.
--
-- SECURITY DEFINER so that the policies on classroom and class_enrollment can consult each
-- other without recursing through their own policies; each answers only about the calling
-- user (users.current_user_id()).

-- Teacher of the class, or owner/admin of the organization the class belongs to.
CREATE FUNCTION classroom.is_class_teacher(p_classroom_id uuid)
    RETURNS boolean
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = ''
AS $$
    SELECT EXISTS (
        SELECT 1
          FROM classroom.classroom AS c
         WHERE c.id = p_classroom_id
           AND (c.teacher_id = users.current_user_id()
                OR EXISTS (SELECT 1
                             FROM users.organization_member AS m
                            WHERE m.organization_id = c.organization_id
                              AND m.account_id = users.current_user_id()
                              AND m.role IN ('owner', 'admin')))
    )
$$;

COMMENT ON FUNCTION classroom.is_class_teacher(uuid) IS 'True when the caller teaches the class or administers its organization.';

-- Anyone who may see the class: its teachers, its actively enrolled students, and staff of
-- its organization.
CREATE FUNCTION classroom.is_class_member(p_classroom_id uuid)
    RETURNS boolean
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = ''
AS $$
    SELECT classroom.is_class_teacher(p_classroom_id)
        OR EXISTS (SELECT 1
                     FROM classroom.class_enrollment AS e
                    WHERE e.classroom_id = p_classroom_id
                      AND e.student_id = users.current_user_id()
                      AND e.status = 'active')
        OR EXISTS (SELECT 1
                     FROM classroom.classroom AS c
                     JOIN users.organization_member AS m ON m.organization_id = c.organization_id
                    WHERE c.id = p_classroom_id
                      AND m.account_id = users.current_user_id()
                      AND m.role = 'staff')
$$;

COMMENT ON FUNCTION classroom.is_class_member(uuid) IS 'True when the caller may see the class: teacher, active student or organization staff.';

-- True when the caller teaches a class in which the student is (or was) enrolled: teachers
-- may read their students' reading data and learner profile.
CREATE FUNCTION classroom.is_teacher_of(p_student_id uuid)
    RETURNS boolean
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = ''
AS $$
    SELECT EXISTS (
        SELECT 1
          FROM classroom.class_enrollment AS e
          JOIN classroom.classroom AS c ON c.id = e.classroom_id
         WHERE e.student_id = p_student_id
           AND e.status IN ('active', 'completed')
           AND c.teacher_id = users.current_user_id()
    )
$$;

COMMENT ON FUNCTION classroom.is_teacher_of(uuid) IS 'True when the caller teaches a class the student is enrolled in.';

-- Students join a class with its code (they cannot see the class before joining, so this
-- runs as definer). Re-joining reactivates a removed enrollment. Returns the enrollment id.
CREATE FUNCTION classroom.join_class(p_class_code text)
    RETURNS uuid
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = ''
AS $$
DECLARE
    v_student   uuid := users.current_user_id();
    v_classroom uuid;
    v_enrollment uuid;
BEGIN
    IF v_student IS NULL THEN
        RAISE EXCEPTION 'join_class requires an authenticated user (app.user_id)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;

    SELECT c.id INTO v_classroom
      FROM classroom.classroom AS c
     WHERE c.class_code = upper(btrim(p_class_code))
       AND c.is_active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no active class with code %', p_class_code
            USING ERRCODE = 'no_data_found';
    END IF;

    INSERT INTO classroom.class_enrollment AS e (classroom_id, student_id, status)
    VALUES (v_classroom, v_student, 'active')
    ON CONFLICT (classroom_id, student_id)
        DO UPDATE SET status = 'active', left_at = NULL, enrolled_at = now()
        WHERE e.status <> 'active'
    RETURNING e.id INTO v_enrollment;

    IF v_enrollment IS NULL THEN
        SELECT e.id INTO v_enrollment
          FROM classroom.class_enrollment AS e
         WHERE e.classroom_id = v_classroom AND e.student_id = v_student;
    END IF;
    RETURN v_enrollment;
END;
$$;

COMMENT ON FUNCTION classroom.join_class(text) IS 'Enrolls the calling user in the active class with this code (idempotent); returns the enrollment id.';
