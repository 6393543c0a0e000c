-- classroom domain: the educational platform of the classroom migration strategy (teachers,
-- classes and enrollments, assignments and submissions, reading tracking, vocabulary, book
-- clubs and discussions, AI illustrations/content and text-to-speech).
--
-- The strategy adds columns to the existing users and books tables. Here accounts belong to
-- the users domain, so the learner fields live in classroom.learner_profile (1:1 with
-- users.account) and the book catalogue is owned by this domain: the classroom phase can be
-- deployed and rolled back by adding or removing this folder alone.

CREATE SCHEMA classroom;

COMMENT ON SCHEMA classroom IS 'Educational platform: classrooms, enrollments, assignments, reading progress, vocabulary, discussions, AI content.';

CREATE TYPE classroom.publishing_status AS ENUM ('draft', 'in_review', 'published', 'archived');

CREATE TYPE classroom.access_type AS ENUM ('free', 'premium', 'restricted');

CREATE TYPE classroom.workflow_stage AS ENUM ('draft', 'submitted', 'editorial_review', 'illustration', 'final_review', 'approved', 'published', 'rejected');

CREATE TYPE classroom.enrollment_status AS ENUM ('invited', 'active', 'removed', 'completed');

CREATE TYPE classroom.assignment_type AS ENUM ('reading', 'quiz', 'writing', 'vocabulary', 'discussion');

CREATE TYPE classroom.assignment_status AS ENUM ('draft', 'published', 'closed', 'archived');

CREATE TYPE classroom.submission_status AS ENUM ('in_progress', 'submitted', 'graded', 'returned');

CREATE TYPE classroom.part_of_speech AS ENUM ('noun', 'verb', 'adjective', 'adverb', 'pronoun', 'preposition', 'conjunction', 'interjection', 'phrase', 'other');

CREATE TYPE classroom.reading_device AS ENUM ('web', 'tablet', 'phone', 'e_reader');

CREATE TYPE classroom.moderation_status AS ENUM ('pending', 'approved', 'flagged', 'rejected');

CREATE TYPE classroom.generation_status AS ENUM ('queued', 'processing', 'completed', 'failed', 'cancelled');

CREATE TYPE classroom.ai_content_type AS ENUM ('quiz', 'summary', 'vocabulary_list', 'discussion_questions', 'activity', 'lesson_plan');
