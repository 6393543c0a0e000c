-- Functions and triggers of the analytics domain: the audit trail and engagement streaks.

-- Generic row audit trigger. Trigger arguments name columns to leave out of the row images
-- (secrets and free text that must not be copied into the audit trail). SECURITY DEFINER so
-- that application roles, which cannot touch analytics.audit_log, still leave a trail; the
-- acting database login is recorded as session_user and the end user as app.user_id.
CREATE FUNCTION analytics.audit_row_change()
    RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = ''
AS $$
DECLARE
    redacted  text[] := coalesce(TG_ARGV, '{}'::text[]);
    old_image jsonb;
    new_image jsonb;
    changed   text[];
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        old_image := to_jsonb(OLD) - redacted;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        new_image := to_jsonb(NEW) - redacted;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT array_agg(n.key ORDER BY n.key)
          INTO changed
          FROM jsonb_each(to_jsonb(NEW)) AS n
         WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key
           AND n.key <> 'updated_at';
        IF changed IS NULL THEN
            RETURN NULL;
        END IF;
    END IF;

    INSERT INTO analytics.audit_log
        (actor_account_id, actor_role, action, schema_name, table_name, row_id, changed_columns, old_data, new_data)
    VALUES
        (users.current_user_id(), session_user, lower(TG_OP)::analytics.audit_action, TG_TABLE_SCHEMA, TG_TABLE_NAME,
         coalesce(new_image, old_image) ->> 'id', changed, old_image, new_image);
    RETURN NULL;
END;
$$;

COMMENT ON FUNCTION analytics.audit_row_change() IS 'AFTER row trigger writing analytics.audit_log; arguments are column names to redact from the row images.';

-- Records activity of an account on a date (the account's local calendar date) and updates
-- its streaks and score. Called by the service at each session start. Dates are expected in
-- order: a date before last_active_date only counts the session.
CREATE FUNCTION analytics.record_activity(p_account_id uuid, p_activity_date date, p_new_session boolean DEFAULT true)
    RETURNS analytics.user_engagement
    LANGUAGE plpgsql
AS $$
DECLARE
    e analytics.user_engagement;
BEGIN
    LOOP
        SELECT * INTO e FROM analytics.user_engagement WHERE account_id = p_account_id FOR UPDATE;
        EXIT WHEN FOUND;
        INSERT INTO analytics.user_engagement (account_id) VALUES (p_account_id)
            ON CONFLICT (account_id) DO NOTHING;
    END LOOP;

    IF e.last_active_date IS NULL THEN
        e.first_active_date := p_activity_date;
        e.last_active_date := p_activity_date;
        e.current_streak_days := 1;
        e.active_days_total := e.active_days_total + 1;
    ELSIF p_activity_date > e.last_active_date THEN
        e.current_streak_days := CASE WHEN p_activity_date = e.last_active_date + 1
                                      THEN e.current_streak_days + 1 ELSE 1 END;
        e.active_days_total := e.active_days_total + 1;
        e.last_active_date := p_activity_date;
    END IF;
    IF p_new_session THEN
        e.sessions_total := e.sessions_total + 1;
    END IF;
    e.longest_streak_days := greatest(e.longest_streak_days, e.current_streak_days);
    e.engagement_score := least(100, round(e.current_streak_days * 5 + e.active_days_total * 0.5 + e.sessions_total * 0.2, 2));

    UPDATE analytics.user_engagement
       SET first_active_date   = e.first_active_date,
           last_active_date    = e.last_active_date,
           current_streak_days = e.current_streak_days,
           longest_streak_days = e.longest_streak_days,
           active_days_total   = e.active_days_total,
           sessions_total      = e.sessions_total,
           engagement_score    = e.engagement_score,
           score_updated_at    = now()
     WHERE id = e.id
    RETURNING * INTO e;
    RETURN e;
END;
$$;

COMMENT ON FUNCTION analytics.record_activity(uuid, date, boolean) IS 'Upserts user_engagement for one activity: consecutive-day streaks, totals and the 0..100 engagement score.';

-- Audit triggers on the security-relevant tables of the users and calendar domains.
CREATE TRIGGER account_audit
    AFTER INSERT OR DELETE OR UPDATE OF email, role, status, auth_provider, password_hash, mfa_enabled, locked_until, deactivated_at
    ON users.account
    FOR EACH ROW
    EXECUTE FUNCTION analytics.audit_row_change('password_hash', 'mfa_secret_encrypted');

CREATE TRIGGER organization_member_audit
    AFTER INSERT OR UPDATE OR DELETE ON users.organization_member
    FOR EACH ROW
    EXECUTE FUNCTION analytics.audit_row_change();

CREATE TRIGGER user_crisis_flags_audit
    AFTER INSERT OR UPDATE OF status, severity, acknowledged_at, acknowledged_by, resolved_at, resolved_by
    ON users.user_crisis_flags
    FOR EACH ROW
    EXECUTE FUNCTION analytics.audit_row_change('excerpt', 'staff_notes');

CREATE TRIGGER advent_calendar_audit
    AFTER DELETE OR UPDATE OF status, is_locked, share_slug ON calendar.advent_calendar
    FOR EACH ROW
    EXECUTE FUNCTION analytics.audit_row_change();

CREATE TRIGGER child_profile_audit
    AFTER DELETE ON calendar.child_profile
    FOR EACH ROW
    EXECUTE FUNCTION analytics.audit_row_change();

-- updated_at on the maintained (non append-only) tables.
CREATE TRIGGER chat_analytics_set_updated_at
    BEFORE UPDATE ON analytics.chat_analytics
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_engagement_set_updated_at
    BEFORE UPDATE ON analytics.user_engagement
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER nps_submission_set_updated_at
    BEFORE UPDATE ON analytics.nps_submission
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();
