CREATE TABLE reading_progress (
    id bigint PRIMARY KEY,
    pages_read integer NOT NULL DEFAULT 0,
    goal_pages integer NOT NULL,
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
