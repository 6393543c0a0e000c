-- Functions and triggers of the calendar domain.

-- Publishing and locking bookkeeping on advent_calendar.
CREATE FUNCTION calendar.apply_calendar_state()
    RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.status = 'published' AND NEW.published_at IS NULL THEN
        NEW.published_at := now();
    END IF;
    IF NEW.is_locked AND NEW.locked_at IS NULL THEN
        NEW.locked_at := now();
    ELSIF NOT NEW.is_locked THEN
        NEW.locked_at := NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.is_locked AND NEW.is_locked
       AND (NEW.start_date, NEW.day_count) IS DISTINCT FROM (OLD.start_date, OLD.day_count) THEN
        RAISE EXCEPTION 'calendar % is locked: its dates cannot change', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;

COMMENT ON FUNCTION calendar.apply_calendar_state() IS 'BEFORE INSERT/UPDATE on advent_calendar: stamps published_at and locked_at, freezes dates of locked calendars.';

CREATE TRIGGER advent_calendar_apply_state
    BEFORE INSERT OR UPDATE ON calendar.advent_calendar
    FOR EACH ROW
    EXECUTE FUNCTION calendar.apply_calendar_state();

-- Day defaults and the lock: a locked calendar's days may only be opened or reacted to.
-- Deleting days of a locked calendar is refused unless the calendar itself is being deleted
-- (cascade), in which case the calendar row is already gone.
CREATE FUNCTION calendar.guard_calendar_day()
    RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    cal   record;
    probe calendar.calendar_day;
BEGIN
    SELECT c.is_locked, c.start_date, c.day_count
      INTO cal
      FROM calendar.advent_calendar AS c
     WHERE c.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.calendar_id ELSE NEW.calendar_id END;

    IF TG_OP = 'DELETE' THEN
        IF FOUND AND cal.is_locked THEN
            RAISE EXCEPTION 'calendar % is locked: its days cannot be deleted', OLD.calendar_id
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN OLD;
    END IF;

    IF NEW.day_number > cal.day_count THEN
        RAISE EXCEPTION 'day % is outside calendar % (% days)', NEW.day_number, NEW.calendar_id, cal.day_count
            USING ERRCODE = 'check_violation';
    END IF;

    IF TG_OP = 'INSERT' THEN
        IF cal.is_locked THEN
            RAISE EXCEPTION 'calendar % is locked: days cannot be added', NEW.calendar_id
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.unlock_date IS NULL THEN
            NEW.unlock_date := cal.start_date + (NEW.day_number - 1);
        END IF;
        RETURN NEW;
    END IF;

    IF cal.is_locked THEN
        probe := NEW;
        probe.opened_at := OLD.opened_at;
        probe.reaction := OLD.reaction;
        probe.is_opened := OLD.is_opened;
        probe.updated_at := OLD.updated_at;
        IF probe IS DISTINCT FROM OLD THEN
            RAISE EXCEPTION 'calendar % is locked: only opened_at and reaction of a day can change', NEW.calendar_id
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;

COMMENT ON FUNCTION calendar.guard_calendar_day() IS 'BEFORE INSERT/UPDATE/DELETE on calendar_day: unlock_date default, day range, calendar lock.';

CREATE TRIGGER calendar_day_guard
    BEFORE INSERT OR UPDATE OR DELETE ON calendar.calendar_day
    FOR EACH ROW
    EXECUTE FUNCTION calendar.guard_calendar_day();

-- Chat session bookkeeping: message count, last activity and sliding expiry (2 hours after the
-- last message). Statement-level so a batch of messages updates each session once.
CREATE FUNCTION calendar.touch_chat_session()
    RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE calendar.chat_session AS s
       SET message_count    = s.message_count + d.n,
           last_activity_at = greatest(s.last_activity_at, d.last_at),
           expires_at       = CASE WHEN s.status = 'active'
                                   THEN greatest(s.expires_at, d.last_at + interval '2 hours')
                                   ELSE s.expires_at END
      FROM (SELECT session_id, count(*) AS n, max(created_at) AS last_at
              FROM new_rows
             GROUP BY session_id) AS d
     WHERE s.id = d.session_id;
    RETURN NULL;
END;
$$;

COMMENT ON FUNCTION calendar.touch_chat_session() IS 'AFTER INSERT statement trigger on chat_message: counters, last activity and sliding expiry of the session.';

CREATE TRIGGER chat_message_touch_session
    AFTER INSERT ON calendar.chat_message
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT
    EXECUTE FUNCTION calendar.touch_chat_session();

-- TTL cleanup, run every few minutes by the service role: expires idle chat sessions and
-- deletes short-term memory fragments past their expiry. Long-term embeddings are kept
-- (their source_fragment_id is set to NULL by the foreign key).
CREATE FUNCTION calendar.purge_expired_memory()
    RETURNS TABLE (sessions_expired integer, fragments_deleted integer)
    LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE calendar.chat_session
       SET status = 'expired', ended_at = greatest(expires_at, started_at)
     WHERE status = 'active'
       AND expires_at <= now();
    GET DIAGNOSTICS sessions_expired = ROW_COUNT;

    DELETE FROM calendar.memory_fragment
     WHERE expires_at <= now();
    GET DIAGNOSTICS fragments_deleted = ROW_COUNT;

    RETURN NEXT;
END;
$$;

COMMENT ON FUNCTION calendar.purge_expired_memory() IS 'TTL maintenance for app_service: expires idle chat sessions and deletes expired memory fragments.';

-- Cosine similarity of two equally long vectors (NULL when either has zero norm).
CREATE FUNCTION calendar.cosine_similarity(a real[], b real[])
    RETURNS double precision
    LANGUAGE sql
    IMMUTABLE
    STRICT
    PARALLEL SAFE
AS $$
    SELECT sum(x::double precision * y) / nullif(sqrt(sum(x::double precision * x)) * sqrt(sum(y::double precision * y)), 0)
      FROM unnest(a, b) AS v (x, y)
$$;

COMMENT ON FUNCTION calendar.cosine_similarity(real[], real[]) IS 'Cosine similarity of two real[] vectors (stand-in for pgvector''s <=> operator).';

-- The k long-term memories of a child most similar to a query embedding. Runs with the
-- caller's rights, so row-level security limits it to the caller's children.
CREATE FUNCTION calendar.nearest_memories(p_child_profile_id uuid, p_query real[], p_limit integer DEFAULT 10)
    RETURNS TABLE (memory_id uuid, kind calendar.memory_kind, content text, similarity double precision)
    LANGUAGE sql
    STABLE
AS $$
    SELECT e.id, e.kind, e.content, calendar.cosine_similarity(e.embedding, p_query) AS similarity
      FROM calendar.memory_embedding AS e
     WHERE e.child_profile_id = p_child_profile_id
       AND e.embedding_dim = cardinality(p_query)
     ORDER BY similarity DESC NULLS LAST, e.importance DESC
     LIMIT p_limit
$$;

COMMENT ON FUNCTION calendar.nearest_memories(uuid, real[], integer) IS 'Exact nearest-neighbour search over a child''s memory embeddings by cosine similarity.';

-- updated_at on every table of the domain.
CREATE TRIGGER media_asset_set_updated_at
    BEFORE UPDATE ON calendar.media_asset
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER family_settings_set_updated_at
    BEFORE UPDATE ON calendar.family_settings
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER child_profile_set_updated_at
    BEFORE UPDATE ON calendar.child_profile
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER advent_calendar_set_updated_at
    BEFORE UPDATE ON calendar.advent_calendar
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER surprise_collection_set_updated_at
    BEFORE UPDATE ON calendar.surprise_collection
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER surprise_video_set_updated_at
    BEFORE UPDATE ON calendar.surprise_video
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER calendar_day_set_updated_at
    BEFORE UPDATE ON calendar.calendar_day
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER chat_session_set_updated_at
    BEFORE UPDATE ON calendar.chat_session
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER chat_message_set_updated_at
    BEFORE UPDATE ON calendar.chat_message
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER memory_fragment_set_updated_at
    BEFORE UPDATE ON calendar.memory_fragment
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER memory_embedding_set_updated_at
    BEFORE UPDATE ON calendar.memory_embedding
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();
