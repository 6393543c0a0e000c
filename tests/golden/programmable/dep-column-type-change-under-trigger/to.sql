-- case: a column named in a trigger's UPDATE OF list or WHEN clause cannot be retyped ("used in a trigger definition"), so the unchanged trigger is dropped, the columns altered (integer to bigint) and the trigger recreated; rows kept.
CREATE TABLE reading_progress (
    id bigint PRIMARY KEY,
    pages_read bigint NOT NULL DEFAULT 0,
    goal_pages bigint NOT NULL,
    completed_at timestamptz
);

CREATE FUNCTION mark_completed() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.completed_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER reading_progress_completed
    BEFORE UPDATE OF pages_read ON reading_progress
    FOR EACH ROW
    WHEN (NEW.pages_read >= NEW.goal_pages AND OLD.pages_read < OLD.goal_pages)
    EXECUTE FUNCTION mark_completed();
