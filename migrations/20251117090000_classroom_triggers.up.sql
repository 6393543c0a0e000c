-- 20251117090000_classroom_triggers (up): written by `schemac migrate new` from the difference between the
-- migrations before it and the schema files (schema).

SET search_path = public;
SET check_function_bodies = false;

-- create function classroom.compute_reading_progress()
CREATE FUNCTION classroom.compute_reading_progress()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.percent_complete := round(NEW.current_page * 100.0 / NEW.total_pages, 2);
    IF TG_OP = 'INSERT' THEN
        NEW.last_read_at := coalesce(NEW.last_read_at, NEW.started_at);
    ELSIF NEW.current_page IS DISTINCT FROM OLD.current_page THEN
        NEW.last_read_at := now();
    END IF;
    IF NEW.percent_complete = 100 THEN
        NEW.completed_at := coalesce(NEW.completed_at, NEW.last_read_at, now());
    ELSE
        NEW.completed_at := NULL;
    END IF;
    RETURN NEW;
END;
$function$;

-- create function classroom.update_learner_books_completed()
CREATE FUNCTION classroom.update_learner_books_completed()
  RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
AS $function$
BEGIN
    INSERT INTO classroom.learner_profile AS p (account_id, books_completed)
    VALUES (NEW.user_id, 1)
    ON CONFLICT (account_id)
        DO UPDATE SET books_completed = p.books_completed + 1;
    RETURN NULL;
END;
$function$;

-- create function classroom.record_reading_session()
CREATE FUNCTION classroom.record_reading_session()
  RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
AS $function$
DECLARE
    v_day date := (NEW.started_at AT TIME ZONE 'UTC')::date;
BEGIN
    IF NEW.ended_at IS NULL OR (TG_OP = 'UPDATE' AND OLD.ended_at IS NOT NULL) THEN
        RETURN NULL;
    END IF;
    INSERT INTO classroom.learner_profile AS p
        (account_id, total_reading_seconds, current_streak, longest_streak, last_reading_date, last_active_at)
    VALUES
        (NEW.user_id, NEW.duration_seconds, 1, 1, v_day, NEW.ended_at)
    ON CONFLICT (account_id) DO UPDATE SET
        total_reading_seconds = p.total_reading_seconds + excluded.total_reading_seconds,
        current_streak = CASE
                             WHEN p.last_reading_date IS NULL OR v_day > p.last_reading_date + 1 THEN 1
                             WHEN v_day = p.last_reading_date + 1 THEN p.current_streak + 1
                             ELSE p.current_streak
                         END,
        longest_streak = greatest(p.longest_streak,
                                  CASE
                                      WHEN p.last_reading_date IS NULL OR v_day > p.last_reading_date + 1 THEN 1
                                      WHEN v_day = p.last_reading_date + 1 THEN p.current_streak + 1
                                      ELSE p.current_streak
                                  END),
        last_reading_date = greatest(p.last_reading_date, v_day),
        last_active_at = greatest(p.last_active_at, excluded.last_active_at);
    RETURN NULL;
END;
$function$;

-- create function classroom.check_class_capacity()
CREATE FUNCTION classroom.check_class_capacity()
  RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
AS $function$
DECLARE
    v_max smallint;
    v_count integer;
BEGIN
    IF NEW.status <> 'active' OR (TG_OP = 'UPDATE' AND OLD.status = 'active') THEN
        RETURN NEW;
    END IF;
    SELECT c.max_students INTO v_max FROM classroom.classroom AS c WHERE c.id = NEW.classroom_id FOR UPDATE;
    SELECT count(*) INTO v_count
      FROM classroom.class_enrollment AS e
     WHERE e.classroom_id = NEW.classroom_id AND e.status = 'active' AND e.id <> NEW.id;
    IF v_count >= v_max THEN
        RAISE EXCEPTION 'classroom % is full (% students)', NEW.classroom_id, v_max
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$function$;

-- create function classroom.check_submission()
CREATE FUNCTION classroom.check_submission()
  RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
AS $function$
DECLARE
    a record;
BEGIN
    SELECT x.due_at, x.max_points, x.allow_late INTO a
      FROM classroom.assignment AS x
     WHERE x.id = NEW.assignment_id;
    NEW.is_late := NEW.submitted_at IS NOT NULL AND a.due_at IS NOT NULL AND NEW.submitted_at > a.due_at;
    IF NEW.is_late AND NOT a.allow_late AND (TG_OP = 'INSERT' OR OLD.submitted_at IS DISTINCT FROM NEW.submitted_at) THEN
        RAISE EXCEPTION 'assignment % does not accept late submissions', NEW.assignment_id
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.score > a.max_points THEN
        RAISE EXCEPTION 'score % exceeds max_points % of assignment %', NEW.score, a.max_points, NEW.assignment_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$function$;

-- create function classroom.enforce_workflow_transition()
CREATE FUNCTION classroom.enforce_workflow_transition()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
BEGIN
    IF NEW.current_stage = OLD.current_stage THEN
        RETURN NEW;
    END IF;
    IF (OLD.current_stage, NEW.current_stage) NOT IN (
        ('draft', 'submitted'),
        ('submitted', 'draft'),
        ('submitted', 'editorial_review'),
        ('submitted', 'rejected'),
        ('editorial_review', 'illustration'),
        ('editorial_review', 'final_review'),
        ('editorial_review', 'rejected'),
        ('illustration', 'final_review'),
        ('final_review', 'editorial_review'),
        ('final_review', 'approved'),
        ('final_review', 'rejected'),
        ('approved', 'published'),
        ('rejected', 'draft')
    ) THEN
        RAISE EXCEPTION 'invalid workflow transition % -> % for submission %', OLD.current_stage, NEW.current_stage, OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    NEW.stage_changed_at := now();
    IF NEW.current_stage = 'submitted' AND NEW.submitted_at IS NULL THEN
        NEW.submitted_at := now();
    END IF;
    IF NEW.current_stage IN ('approved', 'rejected') THEN
        NEW.decided_at := now();
    ELSIF NEW.current_stage = 'draft' THEN
        NEW.decided_at := NULL;
    END IF;
    RETURN NEW;
END;
$function$;

-- create function classroom.bump_discussion_stats()
CREATE FUNCTION classroom.bump_discussion_stats()
  RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
AS $function$
BEGIN
    UPDATE classroom.discussion AS d
       SET post_count   = d.post_count + n.posts,
           last_post_at = greatest(d.last_post_at, n.last_at)
      FROM (SELECT discussion_id, count(*) AS posts, max(created_at) AS last_at
              FROM new_posts
             GROUP BY discussion_id) AS n
     WHERE d.id = n.discussion_id;
    RETURN NULL;
END;
$function$;

-- create trigger reading_progress_compute on classroom.reading_progress
CREATE TRIGGER reading_progress_compute BEFORE INSERT OR UPDATE OF current_page, total_pages ON classroom.reading_progress FOR EACH ROW EXECUTE FUNCTION classroom.compute_reading_progress();

-- create trigger reading_progress_completed_on_insert on classroom.reading_progress
CREATE TRIGGER reading_progress_completed_on_insert AFTER INSERT ON classroom.reading_progress FOR EACH ROW WHEN (new.percent_complete = 100) EXECUTE FUNCTION classroom.update_learner_books_completed();

-- create trigger reading_progress_completed_on_update on classroom.reading_progress
CREATE TRIGGER reading_progress_completed_on_update AFTER UPDATE ON classroom.reading_progress FOR EACH ROW WHEN (new.percent_complete = 100 AND old.percent_complete < 100) EXECUTE FUNCTION classroom.update_learner_books_completed();

-- create trigger reading_session_record on classroom.reading_session
CREATE TRIGGER reading_session_record AFTER INSERT OR UPDATE OF ended_at ON classroom.reading_session FOR EACH ROW EXECUTE FUNCTION classroom.record_reading_session();

-- create trigger class_enrollment_check_capacity on classroom.class_enrollment
CREATE TRIGGER class_enrollment_check_capacity BEFORE INSERT OR UPDATE OF status ON classroom.class_enrollment FOR EACH ROW EXECUTE FUNCTION classroom.check_class_capacity();

-- create trigger assignment_submission_check on classroom.assignment_submission
CREATE TRIGGER assignment_submission_check BEFORE INSERT OR UPDATE OF submitted_at, score ON classroom.assignment_submission FOR EACH ROW EXECUTE FUNCTION classroom.check_submission();

-- create trigger book_submission_workflow on classroom.book_submission
CREATE TRIGGER book_submission_workflow BEFORE UPDATE OF current_stage ON classroom.book_submission FOR EACH ROW EXECUTE FUNCTION classroom.enforce_workflow_transition();

-- create trigger discussion_post_bump_stats on classroom.discussion_post
CREATE TRIGGER discussion_post_bump_stats AFTER INSERT ON classroom.discussion_post REFERENCING NEW TABLE AS new_posts FOR EACH STATEMENT EXECUTE FUNCTION classroom.bump_discussion_stats();

-- create trigger assignment_submission_audit on classroom.assignment_submission
CREATE TRIGGER assignment_submission_audit AFTER UPDATE OF score, status, graded_by ON classroom.assignment_submission FOR EACH ROW EXECUTE FUNCTION analytics.audit_row_change('content');

-- create trigger class_enrollment_audit on classroom.class_enrollment
CREATE TRIGGER class_enrollment_audit AFTER INSERT OR UPDATE OF status OR DELETE ON classroom.class_enrollment FOR EACH ROW EXECUTE FUNCTION analytics.audit_row_change();

-- create trigger classroom_audit on classroom.classroom
CREATE TRIGGER classroom_audit AFTER UPDATE OF teacher_id, organization_id, is_active OR DELETE ON classroom.classroom FOR EACH ROW EXECUTE FUNCTION analytics.audit_row_change();

-- create trigger learner_profile_set_updated_at on classroom.learner_profile
CREATE TRIGGER learner_profile_set_updated_at BEFORE UPDATE ON classroom.learner_profile FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger book_set_updated_at on classroom.book
CREATE TRIGGER book_set_updated_at BEFORE UPDATE ON classroom.book FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger book_submission_set_updated_at on classroom.book_submission
CREATE TRIGGER book_submission_set_updated_at BEFORE UPDATE ON classroom.book_submission FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger book_vocabulary_set_updated_at on classroom.book_vocabulary
CREATE TRIGGER book_vocabulary_set_updated_at BEFORE UPDATE ON classroom.book_vocabulary FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger classroom_set_updated_at on classroom.classroom
CREATE TRIGGER classroom_set_updated_at BEFORE UPDATE ON classroom.classroom FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger class_enrollment_set_updated_at on classroom.class_enrollment
CREATE TRIGGER class_enrollment_set_updated_at BEFORE UPDATE ON classroom.class_enrollment FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger assignment_set_updated_at on classroom.assignment
CREATE TRIGGER assignment_set_updated_at BEFORE UPDATE ON classroom.assignment FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger assignment_submission_set_updated_at on classroom.assignment_submission
CREATE TRIGGER assignment_submission_set_updated_at BEFORE UPDATE ON classroom.assignment_submission FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger book_club_set_updated_at on classroom.book_club
CREATE TRIGGER book_club_set_updated_at BEFORE UPDATE ON classroom.book_club FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger discussion_set_updated_at on classroom.discussion
CREATE TRIGGER discussion_set_updated_at BEFORE UPDATE ON classroom.discussion FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger discussion_post_set_updated_at on classroom.discussion_post
CREATE TRIGGER discussion_post_set_updated_at BEFORE UPDATE ON classroom.discussion_post FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger reading_session_set_updated_at on classroom.reading_session
CREATE TRIGGER reading_session_set_updated_at BEFORE UPDATE ON classroom.reading_session FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger reading_progress_set_updated_at on classroom.reading_progress
CREATE TRIGGER reading_progress_set_updated_at BEFORE UPDATE ON classroom.reading_progress FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger vocabulary_word_set_updated_at on classroom.vocabulary_word
CREATE TRIGGER vocabulary_word_set_updated_at BEFORE UPDATE ON classroom.vocabulary_word FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger ai_generated_image_set_updated_at on classroom.ai_generated_image
CREATE TRIGGER ai_generated_image_set_updated_at BEFORE UPDATE ON classroom.ai_generated_image FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger tts_request_set_updated_at on classroom.tts_request
CREATE TRIGGER tts_request_set_updated_at BEFORE UPDATE ON classroom.tts_request FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger ai_generated_content_set_updated_at on classroom.ai_generated_content
CREATE TRIGGER ai_generated_content_set_updated_at BEFORE UPDATE ON classroom.ai_generated_content FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- comment on function classroom.compute_reading_progress()
COMMENT ON ROUTINE classroom.compute_reading_progress() IS 'BEFORE INSERT/UPDATE OF current_page, total_pages on reading_progress: percent, last read and completion time.';

-- comment on function classroom.update_learner_books_completed()
COMMENT ON ROUTINE classroom.update_learner_books_completed() IS 'AFTER trigger on reading_progress (fired on completion only): increments learner_profile.books_completed.';

-- comment on function classroom.record_reading_session()
COMMENT ON ROUTINE classroom.record_reading_session() IS 'AFTER INSERT/UPDATE OF ended_at on reading_session: total reading time, streak and last activity of the learner.';

-- comment on function classroom.check_class_capacity()
COMMENT ON ROUTINE classroom.check_class_capacity() IS 'BEFORE INSERT/UPDATE OF status on class_enrollment: at most max_students active students (serialized by locking the classroom row).';

-- comment on function classroom.check_submission()
COMMENT ON ROUTINE classroom.check_submission() IS 'BEFORE INSERT/UPDATE on assignment_submission: lateness flag, late policy and score <= max_points.';

-- comment on function classroom.enforce_workflow_transition()
COMMENT ON ROUTINE classroom.enforce_workflow_transition() IS 'BEFORE UPDATE OF current_stage on book_submission: allows only the workflow''s transitions and stamps the stage times.';

-- comment on function classroom.bump_discussion_stats()
COMMENT ON ROUTINE classroom.bump_discussion_stats() IS 'AFTER INSERT statement trigger on discussion_post: post_count and last_post_at of the discussion.';

