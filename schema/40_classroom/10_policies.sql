-- Row-level security of the classroom domain.
--   Own data: learners see and change their own profile, reading data and vocabulary; their
--             teachers may read them.
--   Class data: class members (teacher, active students, organization staff) see the class,
--             its assignments, clubs and discussions; teachers (and organization owners/
--             admins) manage them. Students see only their own submissions.
--   Catalogue: published books are visible to every user; authors manage their drafts.
--   app_service sees all rows; app_admin sees all rows and moderates/publishes.

ALTER TABLE classroom.learner_profile ENABLE ROW LEVEL SECURITY;

CREATE POLICY learner_profile_owner_all ON classroom.learner_profile
    FOR ALL TO app_user
    USING (account_id = users.current_user_id())
    WITH CHECK (account_id = users.current_user_id());

CREATE POLICY learner_profile_teacher_read ON classroom.learner_profile
    FOR SELECT TO app_user
    USING (classroom.is_teacher_of(account_id));

CREATE POLICY learner_profile_service_all ON classroom.learner_profile
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY learner_profile_admin_read ON classroom.learner_profile
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE classroom.book ENABLE ROW LEVEL SECURITY;

CREATE POLICY book_read_published ON classroom.book
    FOR SELECT TO app_user
    USING (publishing_status = 'published' OR author_account_id = users.current_user_id());

CREATE POLICY book_author_insert ON classroom.book
    FOR INSERT TO app_user
    WITH CHECK (author_account_id = users.current_user_id() AND publishing_status IN ('draft', 'in_review'));

CREATE POLICY book_author_update ON classroom.book
    FOR UPDATE TO app_user
    USING (author_account_id = users.current_user_id() AND publishing_status IN ('draft', 'in_review'))
    WITH CHECK (author_account_id = users.current_user_id() AND publishing_status IN ('draft', 'in_review'));

CREATE POLICY book_author_delete ON classroom.book
    FOR DELETE TO app_user
    USING (author_account_id = users.current_user_id() AND publishing_status = 'draft');

CREATE POLICY book_staff_all ON classroom.book
    FOR ALL TO app_admin, app_service
    USING (true)
    WITH CHECK (true);

ALTER TABLE classroom.book_submission ENABLE ROW LEVEL SECURITY;

CREATE POLICY book_submission_owner_read ON classroom.book_submission
    FOR SELECT TO app_user
    USING (submitted_by = users.current_user_id());

CREATE POLICY book_submission_owner_create ON classroom.book_submission
    FOR INSERT TO app_user
    WITH CHECK (submitted_by = users.current_user_id() AND current_stage IN ('draft', 'submitted'));

CREATE POLICY book_submission_owner_submit ON classroom.book_submission
    FOR UPDATE TO app_user
    USING (submitted_by = users.current_user_id() AND current_stage IN ('draft', 'submitted', 'rejected'))
    WITH CHECK (submitted_by = users.current_user_id() AND current_stage IN ('draft', 'submitted'));

CREATE POLICY book_submission_staff_all ON classroom.book_submission
    FOR ALL TO app_admin, app_service
    USING (true)
    WITH CHECK (true);

ALTER TABLE classroom.book_vocabulary ENABLE ROW LEVEL SECURITY;

CREATE POLICY book_vocabulary_read ON classroom.book_vocabulary
    FOR SELECT TO app_user
    USING (EXISTS (SELECT 1 FROM classroom.book AS b WHERE b.id = book_id));

CREATE POLICY book_vocabulary_author_write ON classroom.book_vocabulary
    FOR ALL TO app_user
    USING (EXISTS (SELECT 1 FROM classroom.book AS b
                    WHERE b.id = book_id AND b.author_account_id = users.current_user_id()))
    WITH CHECK (EXISTS (SELECT 1 FROM classroom.book AS b
                         WHERE b.id = book_id AND b.author_account_id = users.current_user_id()
                           AND b.publishing_status IN ('draft', 'in_review')));

CREATE POLICY book_vocabulary_staff_all ON classroom.book_vocabulary
    FOR ALL TO app_admin, app_service
    USING (true)
    WITH CHECK (true);

ALTER TABLE classroom.classroom ENABLE ROW LEVEL SECURITY;

CREATE POLICY classroom_member_read ON classroom.classroom
    FOR SELECT TO app_user
    USING (classroom.is_class_member(id));

CREATE POLICY classroom_teacher_create ON classroom.classroom
    FOR INSERT TO app_user
    WITH CHECK (teacher_id = users.current_user_id()
                AND (organization_id IS NULL OR users.is_org_member(organization_id)));

CREATE POLICY classroom_teacher_update ON classroom.classroom
    FOR UPDATE TO app_user
    USING (classroom.is_class_teacher(id))
    WITH CHECK (classroom.is_class_teacher(id));

CREATE POLICY classroom_teacher_delete ON classroom.classroom
    FOR DELETE TO app_user
    USING (classroom.is_class_teacher(id));

CREATE POLICY classroom_staff_all ON classroom.classroom
    FOR ALL TO app_admin, app_service
    USING (true)
    WITH CHECK (true);

ALTER TABLE classroom.class_enrollment ENABLE ROW LEVEL SECURITY;

CREATE POLICY class_enrollment_read ON classroom.class_enrollment
    FOR SELECT TO app_user
    USING (student_id = users.current_user_id() OR classroom.is_class_teacher(classroom_id));

CREATE POLICY class_enrollment_teacher_add ON classroom.class_enrollment
    FOR INSERT TO app_user
    WITH CHECK (classroom.is_class_teacher(classroom_id));

-- Teachers manage enrollments; a student may only leave (status removed).
CREATE POLICY class_enrollment_update ON classroom.class_enrollment
    FOR UPDATE TO app_user
    USING (student_id = users.current_user_id() OR classroom.is_class_teacher(classroom_id))
    WITH CHECK (classroom.is_class_teacher(classroom_id)
                OR (student_id = users.current_user_id() AND status = 'removed'));

CREATE POLICY class_enrollment_teacher_delete ON classroom.class_enrollment
    FOR DELETE TO app_user
    USING (classroom.is_class_teacher(classroom_id));

CREATE POLICY class_enrollment_staff_all ON classroom.class_enrollment
    FOR ALL TO app_admin, app_service
    USING (true)
    WITH CHECK (true);

ALTER TABLE classroom.assignment ENABLE ROW LEVEL SECURITY;

CREATE POLICY assignment_read ON classroom.assignment
    FOR SELECT TO app_user
    USING (classroom.is_class_teacher(classroom_id)
           OR (status IN ('published', 'closed') AND classroom.is_class_member(classroom_id)));

CREATE POLICY assignment_teacher_write ON classroom.assignment
    FOR ALL TO app_user
    USING (classroom.is_class_teacher(classroom_id))
    WITH CHECK (classroom.is_class_teacher(classroom_id));

CREATE POLICY assignment_staff_all ON classroom.assignment
    FOR ALL TO app_admin, app_service
    USING (true)
    WITH CHECK (true);

ALTER TABLE classroom.assignment_submission ENABLE ROW LEVEL SECURITY;

CREATE POLICY assignment_submission_student_read ON classroom.assignment_submission
    FOR SELECT TO app_user
    USING (student_id = users.current_user_id());

CREATE POLICY assignment_submission_student_create ON classroom.assignment_submission
    FOR INSERT TO app_user
    WITH CHECK (student_id = users.current_user_id()
                AND status IN ('in_progress', 'submitted')
                AND score IS NULL AND graded_by IS NULL
                AND EXISTS (SELECT 1 FROM classroom.assignment AS a
                             WHERE a.id = assignment_id AND a.status = 'published'
                               AND classroom.is_class_member(a.classroom_id)));

CREATE POLICY assignment_submission_student_update ON classroom.assignment_submission
    FOR UPDATE TO app_user
    USING (student_id = users.current_user_id() AND status IN ('in_progress', 'submitted', 'returned'))
    WITH CHECK (student_id = users.current_user_id() AND status IN ('in_progress', 'submitted')
                AND score IS NULL AND graded_by IS NULL);

CREATE POLICY assignment_submission_teacher_all ON classroom.assignment_submission
    FOR ALL TO app_user
    USING (EXISTS (SELECT 1 FROM classroom.assignment AS a
                    WHERE a.id = assignment_id AND classroom.is_class_teacher(a.classroom_id)))
    WITH CHECK (EXISTS (SELECT 1 FROM classroom.assignment AS a
                         WHERE a.id = assignment_id AND classroom.is_class_teacher(a.classroom_id)));

CREATE POLICY assignment_submission_staff_all ON classroom.assignment_submission
    FOR ALL TO app_admin, app_service
    USING (true)
    WITH CHECK (true);

ALTER TABLE classroom.book_club ENABLE ROW LEVEL SECURITY;

CREATE POLICY book_club_member_read ON classroom.book_club
    FOR SELECT TO app_user
    USING (classroom.is_class_member(classroom_id));

CREATE POLICY book_club_teacher_write ON classroom.book_club
    FOR ALL TO app_user
    USING (classroom.is_class_teacher(classroom_id))
    WITH CHECK (classroom.is_class_teacher(classroom_id));

CREATE POLICY book_club_staff_all ON classroom.book_club
    FOR ALL TO app_admin, app_service
    USING (true)
    WITH CHECK (true);

ALTER TABLE classroom.discussion ENABLE ROW LEVEL SECURITY;

CREATE POLICY discussion_member_read ON classroom.discussion
    FOR SELECT TO app_user
    USING (classroom.is_class_member(classroom_id));

CREATE POLICY discussion_teacher_write ON classroom.discussion
    FOR ALL TO app_user
    USING (classroom.is_class_teacher(classroom_id))
    WITH CHECK (classroom.is_class_teacher(classroom_id));

CREATE POLICY discussion_staff_all ON classroom.discussion
    FOR ALL TO app_admin, app_service
    USING (true)
    WITH CHECK (true);

ALTER TABLE classroom.discussion_post ENABLE ROW LEVEL SECURITY;

CREATE POLICY discussion_post_member_read ON classroom.discussion_post
    FOR SELECT TO app_user
    USING (EXISTS (SELECT 1 FROM classroom.discussion AS d WHERE d.id = discussion_id));

CREATE POLICY discussion_post_member_write ON classroom.discussion_post
    FOR INSERT TO app_user
    WITH CHECK (author_id = users.current_user_id()
                AND EXISTS (SELECT 1 FROM classroom.discussion AS d
                             WHERE d.id = discussion_id AND NOT d.is_locked));

CREATE POLICY discussion_post_author_edit ON classroom.discussion_post
    FOR UPDATE TO app_user
    USING (author_id = users.current_user_id())
    WITH CHECK (author_id = users.current_user_id());

CREATE POLICY discussion_post_teacher_moderate ON classroom.discussion_post
    FOR ALL TO app_user
    USING (EXISTS (SELECT 1 FROM classroom.discussion AS d
                    WHERE d.id = discussion_id AND classroom.is_class_teacher(d.classroom_id)))
    WITH CHECK (EXISTS (SELECT 1 FROM classroom.discussion AS d
                         WHERE d.id = discussion_id AND classroom.is_class_teacher(d.classroom_id)));

CREATE POLICY discussion_post_staff_all ON classroom.discussion_post
    FOR ALL TO app_admin, app_service
    USING (true)
    WITH CHECK (true);

ALTER TABLE classroom.reading_session ENABLE ROW LEVEL SECURITY;

CREATE POLICY reading_session_owner_all ON classroom.reading_session
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY reading_session_teacher_read ON classroom.reading_session
    FOR SELECT TO app_user
    USING (classroom.is_teacher_of(user_id));

CREATE POLICY reading_session_service_all ON classroom.reading_session
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY reading_session_admin_read ON classroom.reading_session
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE classroom.reading_progress ENABLE ROW LEVEL SECURITY;

CREATE POLICY reading_progress_owner_all ON classroom.reading_progress
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY reading_progress_teacher_read ON classroom.reading_progress
    FOR SELECT TO app_user
    USING (classroom.is_teacher_of(user_id));

CREATE POLICY reading_progress_service_all ON classroom.reading_progress
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY reading_progress_admin_read ON classroom.reading_progress
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE classroom.vocabulary_word ENABLE ROW LEVEL SECURITY;

CREATE POLICY vocabulary_word_owner_all ON classroom.vocabulary_word
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY vocabulary_word_teacher_read ON classroom.vocabulary_word
    FOR SELECT TO app_user
    USING (classroom.is_teacher_of(user_id));

CREATE POLICY vocabulary_word_service_all ON classroom.vocabulary_word
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY vocabulary_word_admin_read ON classroom.vocabulary_word
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE classroom.ai_generated_image ENABLE ROW LEVEL SECURITY;

CREATE POLICY ai_generated_image_owner_all ON classroom.ai_generated_image
    FOR ALL TO app_user
    USING (requested_by = users.current_user_id())
    WITH CHECK (requested_by = users.current_user_id() AND moderation = 'pending');

CREATE POLICY ai_generated_image_approved_read ON classroom.ai_generated_image
    FOR SELECT TO app_user
    USING (moderation = 'approved' AND EXISTS (SELECT 1 FROM classroom.book AS b WHERE b.id = book_id));

CREATE POLICY ai_generated_image_staff_all ON classroom.ai_generated_image
    FOR ALL TO app_admin, app_service
    USING (true)
    WITH CHECK (true);

ALTER TABLE classroom.tts_request ENABLE ROW LEVEL SECURITY;

CREATE POLICY tts_request_owner_all ON classroom.tts_request
    FOR ALL TO app_user
    USING (requested_by = users.current_user_id())
    WITH CHECK (requested_by = users.current_user_id());

CREATE POLICY tts_request_staff_all ON classroom.tts_request
    FOR ALL TO app_admin, app_service
    USING (true)
    WITH CHECK (true);

ALTER TABLE classroom.ai_generated_content ENABLE ROW LEVEL SECURITY;

CREATE POLICY ai_generated_content_owner_all ON classroom.ai_generated_content
    FOR ALL TO app_user
    USING (requested_by = users.current_user_id())
    WITH CHECK (requested_by = users.current_user_id() AND moderation = 'pending');

CREATE POLICY ai_generated_content_class_read ON classroom.ai_generated_content
    FOR SELECT TO app_user
    USING (moderation = 'approved' AND classroom_id IS NOT NULL AND classroom.is_class_member(classroom_id));

CREATE POLICY ai_generated_content_staff_all ON classroom.ai_generated_content
    FOR ALL TO app_admin, app_service
    USING (true)
    WITH CHECK (true);
