-- Privileges of the classroom domain (rows are decided by 10_policies.sql).

GRANT USAGE ON SCHEMA classroom TO app_user, app_admin, app_service, app_readonly;

-- Learners edit their preferences; statistics are written by triggers only.
GRANT SELECT, DELETE ON TABLE classroom.learner_profile TO app_user;

GRANT INSERT (account_id, grade_level, preferred_language, reading_level, interests) ON TABLE classroom.learner_profile TO app_user;

GRANT UPDATE (grade_level, preferred_language, reading_level, interests, last_active_at) ON TABLE classroom.learner_profile TO app_user;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE classroom.learner_profile TO app_service;

GRANT SELECT ON TABLE classroom.learner_profile TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE classroom.book TO app_user, app_admin, app_service;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE classroom.book_submission TO app_admin, app_service;

GRANT SELECT ON TABLE classroom.book_submission TO app_user;

GRANT INSERT (book_id, submitted_by, current_stage) ON TABLE classroom.book_submission TO app_user;

GRANT UPDATE (current_stage) ON TABLE classroom.book_submission TO app_user;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE classroom.book_vocabulary TO app_user, app_admin, app_service;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE classroom.classroom TO app_user, app_admin, app_service;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE classroom.class_enrollment TO app_user, app_admin, app_service;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE classroom.assignment TO app_user, app_admin, app_service;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE classroom.assignment_submission TO app_user, app_admin, app_service;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE classroom.book_club TO app_user, app_admin, app_service;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE classroom.discussion TO app_user, app_admin, app_service;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE classroom.discussion_post TO app_user, app_admin, app_service;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE classroom.reading_session TO app_user, app_service;

GRANT SELECT ON TABLE classroom.reading_session TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE classroom.reading_progress TO app_user, app_service;

GRANT SELECT ON TABLE classroom.reading_progress TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE classroom.vocabulary_word TO app_user, app_service;

GRANT SELECT ON TABLE classroom.vocabulary_word TO app_admin;

-- AI jobs: users create requests and read results; status/output columns belong to workers.
GRANT SELECT, DELETE ON TABLE classroom.ai_generated_image TO app_user;

GRANT INSERT (requested_by, book_id, page_number, prompt, negative_prompt, style, model, width, height) ON TABLE classroom.ai_generated_image TO app_user;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE classroom.ai_generated_image TO app_admin, app_service;

GRANT SELECT, DELETE ON TABLE classroom.tts_request TO app_user;

GRANT INSERT (requested_by, book_id, page_number, text_content, voice, language, speaking_rate) ON TABLE classroom.tts_request TO app_user;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE classroom.tts_request TO app_admin, app_service;

GRANT SELECT, DELETE ON TABLE classroom.ai_generated_content TO app_user;

GRANT INSERT (requested_by, book_id, classroom_id, content_type, prompt, model) ON TABLE classroom.ai_generated_content TO app_user;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE classroom.ai_generated_content TO app_admin, app_service;

GRANT SELECT ON TABLE classroom.class_roster TO app_user, app_admin;

GRANT SELECT ON TABLE classroom.assignment_overview TO app_user, app_admin;

GRANT SELECT ON TABLE classroom.reader_stats TO app_user, app_admin;

GRANT EXECUTE ON FUNCTION classroom.join_class(text) TO app_user;
