-- 20251110090000_classroom_tables (down): undoes 20251110090000_classroom_tables.up.sql; written by `schemac migrate new`.
-- WARNING: this rollback deletes data: the steps marked deletes-data drop what the up
-- script created, with its rows.
-- hazards: deletes-data, access-exclusive-lock

SET search_path = public;
SET check_function_bodies = false;

-- drop view classroom.reader_stats
DROP VIEW classroom.reader_stats;

-- drop view classroom.class_roster
DROP VIEW classroom.class_roster;

-- drop view classroom.assignment_overview
DROP VIEW classroom.assignment_overview;

-- drop constraint vocabulary_word_book_vocabulary_id_fkey on classroom.vocabulary_word
ALTER TABLE classroom.vocabulary_word DROP CONSTRAINT vocabulary_word_book_vocabulary_id_fkey;

-- drop constraint vocabulary_word_book_id_fkey on classroom.vocabulary_word
ALTER TABLE classroom.vocabulary_word DROP CONSTRAINT vocabulary_word_book_id_fkey;

-- drop table classroom.vocabulary_word
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.vocabulary_word;

-- drop constraint tts_request_book_id_fkey on classroom.tts_request
ALTER TABLE classroom.tts_request DROP CONSTRAINT tts_request_book_id_fkey;

-- drop table classroom.tts_request
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.tts_request;

-- drop constraint reading_session_book_id_fkey on classroom.reading_session
ALTER TABLE classroom.reading_session DROP CONSTRAINT reading_session_book_id_fkey;

-- drop constraint reading_session_assignment_id_fkey on classroom.reading_session
ALTER TABLE classroom.reading_session DROP CONSTRAINT reading_session_assignment_id_fkey;

-- drop table classroom.reading_session
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.reading_session;

-- drop constraint reading_progress_book_id_fkey on classroom.reading_progress
ALTER TABLE classroom.reading_progress DROP CONSTRAINT reading_progress_book_id_fkey;

-- drop table classroom.reading_progress
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.reading_progress;

-- drop table classroom.learner_profile
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.learner_profile;

-- drop constraint discussion_post_discussion_id_fkey on classroom.discussion_post
ALTER TABLE classroom.discussion_post DROP CONSTRAINT discussion_post_discussion_id_fkey;

-- drop table classroom.discussion_post
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.discussion_post;

-- drop constraint discussion_club_fkey on classroom.discussion
ALTER TABLE classroom.discussion DROP CONSTRAINT discussion_club_fkey;

-- drop constraint discussion_classroom_id_fkey on classroom.discussion
ALTER TABLE classroom.discussion DROP CONSTRAINT discussion_classroom_id_fkey;

-- drop constraint discussion_book_id_fkey on classroom.discussion
ALTER TABLE classroom.discussion DROP CONSTRAINT discussion_book_id_fkey;

-- drop constraint discussion_assignment_id_fkey on classroom.discussion
ALTER TABLE classroom.discussion DROP CONSTRAINT discussion_assignment_id_fkey;

-- drop table classroom.discussion
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.discussion;

-- drop constraint class_enrollment_classroom_id_fkey on classroom.class_enrollment
ALTER TABLE classroom.class_enrollment DROP CONSTRAINT class_enrollment_classroom_id_fkey;

-- drop table classroom.class_enrollment
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.class_enrollment;

-- drop constraint book_vocabulary_book_id_fkey on classroom.book_vocabulary
ALTER TABLE classroom.book_vocabulary DROP CONSTRAINT book_vocabulary_book_id_fkey;

-- drop table classroom.book_vocabulary
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.book_vocabulary;

-- drop constraint book_submission_book_id_fkey on classroom.book_submission
ALTER TABLE classroom.book_submission DROP CONSTRAINT book_submission_book_id_fkey;

-- drop table classroom.book_submission
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.book_submission;

-- drop constraint book_club_current_book_id_fkey on classroom.book_club
ALTER TABLE classroom.book_club DROP CONSTRAINT book_club_current_book_id_fkey;

-- drop constraint book_club_classroom_id_fkey on classroom.book_club
ALTER TABLE classroom.book_club DROP CONSTRAINT book_club_classroom_id_fkey;

-- drop table classroom.book_club
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.book_club;

-- drop constraint assignment_submission_assignment_id_fkey on classroom.assignment_submission
ALTER TABLE classroom.assignment_submission DROP CONSTRAINT assignment_submission_assignment_id_fkey;

-- drop table classroom.assignment_submission
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.assignment_submission;

-- drop constraint assignment_classroom_id_fkey on classroom.assignment
ALTER TABLE classroom.assignment DROP CONSTRAINT assignment_classroom_id_fkey;

-- drop constraint assignment_book_id_fkey on classroom.assignment
ALTER TABLE classroom.assignment DROP CONSTRAINT assignment_book_id_fkey;

-- drop table classroom.assignment
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.assignment;

-- drop constraint ai_generated_image_book_id_fkey on classroom.ai_generated_image
ALTER TABLE classroom.ai_generated_image DROP CONSTRAINT ai_generated_image_book_id_fkey;

-- drop table classroom.ai_generated_image
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.ai_generated_image;

-- drop constraint ai_generated_content_classroom_id_fkey on classroom.ai_generated_content
ALTER TABLE classroom.ai_generated_content DROP CONSTRAINT ai_generated_content_classroom_id_fkey;

-- drop table classroom.classroom
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.classroom;

-- drop constraint ai_generated_content_book_id_fkey on classroom.ai_generated_content
ALTER TABLE classroom.ai_generated_content DROP CONSTRAINT ai_generated_content_book_id_fkey;

-- drop table classroom.book
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.book;

-- drop table classroom.ai_generated_content
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.ai_generated_content;

-- drop function classroom.join_class(text)
DROP FUNCTION classroom.join_class(text);

-- drop function classroom.is_teacher_of(uuid)
DROP FUNCTION classroom.is_teacher_of(uuid);

-- drop function classroom.is_class_teacher(uuid)
DROP FUNCTION classroom.is_class_teacher(uuid);

-- drop function classroom.is_class_member(uuid)
DROP FUNCTION classroom.is_class_member(uuid);

-- drop function classroom.generate_class_code()
DROP FUNCTION classroom.generate_class_code();

-- drop type classroom.workflow_stage
DROP TYPE classroom.workflow_stage;

-- drop type classroom.submission_status
DROP TYPE classroom.submission_status;

-- drop type classroom.reading_device
DROP TYPE classroom.reading_device;

-- drop type classroom.publishing_status
DROP TYPE classroom.publishing_status;

-- drop type classroom.part_of_speech
DROP TYPE classroom.part_of_speech;

-- drop type classroom.moderation_status
DROP TYPE classroom.moderation_status;

-- drop type classroom.generation_status
DROP TYPE classroom.generation_status;

-- drop type classroom.enrollment_status
DROP TYPE classroom.enrollment_status;

-- drop type classroom.assignment_type
DROP TYPE classroom.assignment_type;

-- drop type classroom.assignment_status
DROP TYPE classroom.assignment_status;

-- drop type classroom.ai_content_type
DROP TYPE classroom.ai_content_type;

-- drop type classroom.access_type
DROP TYPE classroom.access_type;

-- drop schema classroom
DROP SCHEMA classroom;

