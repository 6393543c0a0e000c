-- 20251117090000_classroom_triggers (down): undoes 20251117090000_classroom_triggers.up.sql; written by `schemac migrate new`.

SET search_path = public;
SET check_function_bodies = false;

-- drop trigger vocabulary_word_set_updated_at on classroom.vocabulary_word
DROP TRIGGER vocabulary_word_set_updated_at ON classroom.vocabulary_word;

-- drop trigger tts_request_set_updated_at on classroom.tts_request
DROP TRIGGER tts_request_set_updated_at ON classroom.tts_request;

-- drop trigger reading_session_set_updated_at on classroom.reading_session
DROP TRIGGER reading_session_set_updated_at ON classroom.reading_session;

-- drop trigger reading_session_record on classroom.reading_session
DROP TRIGGER reading_session_record ON classroom.reading_session;

-- drop trigger reading_progress_set_updated_at on classroom.reading_progress
DROP TRIGGER reading_progress_set_updated_at ON classroom.reading_progress;

-- drop trigger reading_progress_compute on classroom.reading_progress
DROP TRIGGER reading_progress_compute ON classroom.reading_progress;

-- drop trigger reading_progress_completed_on_update on classroom.reading_progress
DROP TRIGGER reading_progress_completed_on_update ON classroom.reading_progress;

-- drop trigger reading_progress_completed_on_insert on classroom.reading_progress
DROP TRIGGER reading_progress_completed_on_insert ON classroom.reading_progress;

-- drop trigger learner_profile_set_updated_at on classroom.learner_profile
DROP TRIGGER learner_profile_set_updated_at ON classroom.learner_profile;

-- drop trigger discussion_post_set_updated_at on classroom.discussion_post
DROP TRIGGER discussion_post_set_updated_at ON classroom.discussion_post;

-- drop trigger discussion_post_bump_stats on classroom.discussion_post
DROP TRIGGER discussion_post_bump_stats ON classroom.discussion_post;

-- drop trigger discussion_set_updated_at on classroom.discussion
DROP TRIGGER discussion_set_updated_at ON classroom.discussion;

-- drop trigger classroom_set_updated_at on classroom.classroom
DROP TRIGGER classroom_set_updated_at ON classroom.classroom;

-- drop trigger classroom_audit on classroom.classroom
DROP TRIGGER classroom_audit ON classroom.classroom;

-- drop trigger class_enrollment_set_updated_at on classroom.class_enrollment
DROP TRIGGER class_enrollment_set_updated_at ON classroom.class_enrollment;

-- drop trigger class_enrollment_check_capacity on classroom.class_enrollment
DROP TRIGGER class_enrollment_check_capacity ON classroom.class_enrollment;

-- drop trigger class_enrollment_audit on classroom.class_enrollment
DROP TRIGGER class_enrollment_audit ON classroom.class_enrollment;

-- drop trigger book_vocabulary_set_updated_at on classroom.book_vocabulary
DROP TRIGGER book_vocabulary_set_updated_at ON classroom.book_vocabulary;

-- drop trigger book_submission_workflow on classroom.book_submission
DROP TRIGGER book_submission_workflow ON classroom.book_submission;

-- drop trigger book_submission_set_updated_at on classroom.book_submission
DROP TRIGGER book_submission_set_updated_at ON classroom.book_submission;

-- drop trigger book_club_set_updated_at on classroom.book_club
DROP TRIGGER book_club_set_updated_at ON classroom.book_club;

-- drop trigger book_set_updated_at on classroom.book
DROP TRIGGER book_set_updated_at ON classroom.book;

-- drop trigger assignment_submission_set_updated_at on classroom.assignment_submission
DROP TRIGGER assignment_submission_set_updated_at ON classroom.assignment_submission;

-- drop trigger assignment_submission_check on classroom.assignment_submission
DROP TRIGGER assignment_submission_check ON classroom.assignment_submission;

-- drop trigger assignment_submission_audit on classroom.assignment_submission
DROP TRIGGER assignment_submission_audit ON classroom.assignment_submission;

-- drop trigger assignment_set_updated_at on classroom.assignment
DROP TRIGGER assignment_set_updated_at ON classroom.assignment;

-- drop trigger ai_generated_image_set_updated_at on classroom.ai_generated_image
DROP TRIGGER ai_generated_image_set_updated_at ON classroom.ai_generated_image;

-- drop trigger ai_generated_content_set_updated_at on classroom.ai_generated_content
DROP TRIGGER ai_generated_content_set_updated_at ON classroom.ai_generated_content;

-- drop function classroom.update_learner_books_completed()
DROP FUNCTION classroom.update_learner_books_completed();

-- drop function classroom.record_reading_session()
DROP FUNCTION classroom.record_reading_session();

-- drop function classroom.enforce_workflow_transition()
DROP FUNCTION classroom.enforce_workflow_transition();

-- drop function classroom.compute_reading_progress()
DROP FUNCTION classroom.compute_reading_progress();

-- drop function classroom.check_submission()
DROP FUNCTION classroom.check_submission();

-- drop function classroom.check_class_capacity()
DROP FUNCTION classroom.check_class_capacity();

-- drop function classroom.bump_discussion_stats()
DROP FUNCTION classroom.bump_discussion_stats();

