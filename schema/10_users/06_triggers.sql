-- Triggers of the users domain: updated_at stamping on every table, conversation counters,
-- and session revocation when credentials or account status change.

-- Keeps user_conversations.message_count / last_message_at in step with its messages.
-- Statement-level with transition tables, so bulk inserts (imports, the AI pipeline writing a
-- whole exchange) update each conversation once.
CREATE FUNCTION users.bump_conversation_stats()
    RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE users.user_conversations AS c
           SET message_count   = c.message_count + d.n,
               last_message_at = greatest(c.last_message_at, d.last_at)
          FROM (SELECT conversation_id, count(*) AS n, max(created_at) AS last_at
                  FROM new_rows
                 GROUP BY conversation_id) AS d
         WHERE c.id = d.conversation_id;
    ELSE
        UPDATE users.user_conversations AS c
           SET message_count   = greatest(c.message_count - d.n, 0),
               last_message_at = (SELECT max(m.created_at)
                                    FROM users.user_conversation_messages AS m
                                   WHERE m.conversation_id = c.id)
          FROM (SELECT conversation_id, count(*) AS n
                  FROM old_rows
                 GROUP BY conversation_id) AS d
         WHERE c.id = d.conversation_id;
    END IF;
    RETURN NULL;
END;
$$;

COMMENT ON FUNCTION users.bump_conversation_stats() IS 'AFTER INSERT/DELETE statement trigger on user_conversation_messages maintaining the conversation counters.';

CREATE TRIGGER user_conversation_messages_count_insert
    AFTER INSERT ON users.user_conversation_messages
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT
    EXECUTE FUNCTION users.bump_conversation_stats();

CREATE TRIGGER user_conversation_messages_count_delete
    AFTER DELETE ON users.user_conversation_messages
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT
    EXECUTE FUNCTION users.bump_conversation_stats();

-- Stamps password_changed_at whenever the password hash changes.
CREATE FUNCTION users.stamp_password_change()
    RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
        NEW.password_changed_at := now();
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER account_stamp_password_change
    BEFORE UPDATE OF password_hash ON users.account
    FOR EACH ROW
    EXECUTE FUNCTION users.stamp_password_change();

-- Ends every live session of an account whose password changed or that stopped being active.
-- SECURITY DEFINER: this is a security invariant and must not depend on the caller's rights.
CREATE FUNCTION users.end_sessions_on_credential_change()
    RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = ''
AS $$
DECLARE
    reason users.session_end_reason;
BEGIN
    IF NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
        reason := 'password_changed';
    ELSIF NEW.status IS DISTINCT FROM OLD.status AND NEW.status IN ('locked', 'suspended', 'deactivated') THEN
        reason := 'revoked_by_admin';
    ELSE
        RETURN NULL;
    END IF;
    UPDATE users.account_session
       SET ended_at = now(), end_reason = reason
     WHERE account_id = NEW.id
       AND ended_at IS NULL;
    RETURN NULL;
END;
$$;

COMMENT ON FUNCTION users.end_sessions_on_credential_change() IS 'AFTER UPDATE trigger on account: revokes live sessions on password change, lock, suspension or deactivation.';

CREATE TRIGGER account_end_sessions_on_credential_change
    AFTER UPDATE OF password_hash, status ON users.account
    FOR EACH ROW
    EXECUTE FUNCTION users.end_sessions_on_credential_change();

-- updated_at on every table of the domain.

CREATE TRIGGER account_set_updated_at
    BEFORE UPDATE ON users.account
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER account_session_set_updated_at
    BEFORE UPDATE ON users.account_session
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER auth_token_set_updated_at
    BEFORE UPDATE ON users.auth_token
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER organization_set_updated_at
    BEFORE UPDATE ON users.organization
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER organization_member_set_updated_at
    BEFORE UPDATE ON users.organization_member
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_profile_summary_set_updated_at
    BEFORE UPDATE ON users.user_profile_summary
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_conversations_set_updated_at
    BEFORE UPDATE ON users.user_conversations
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_conversation_messages_set_updated_at
    BEFORE UPDATE ON users.user_conversation_messages
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_conversation_continuity_set_updated_at
    BEFORE UPDATE ON users.user_conversation_continuity
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_crisis_flags_set_updated_at
    BEFORE UPDATE ON users.user_crisis_flags
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_feedback_log_set_updated_at
    BEFORE UPDATE ON users.user_feedback_log
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_themes_set_updated_at
    BEFORE UPDATE ON users.user_themes
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_people_set_updated_at
    BEFORE UPDATE ON users.user_people
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_coping_tools_set_updated_at
    BEFORE UPDATE ON users.user_coping_tools
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_goals_set_updated_at
    BEFORE UPDATE ON users.user_goals
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_trauma_patterns_set_updated_at
    BEFORE UPDATE ON users.user_trauma_patterns
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_pattern_loops_set_updated_at
    BEFORE UPDATE ON users.user_pattern_loops
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_shadow_themes_set_updated_at
    BEFORE UPDATE ON users.user_shadow_themes
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_ancestral_issues_set_updated_at
    BEFORE UPDATE ON users.user_ancestral_issues
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_current_practices_set_updated_at
    BEFORE UPDATE ON users.user_current_practices
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_regulation_strategies_set_updated_at
    BEFORE UPDATE ON users.user_regulation_strategies
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_dysregulating_factors_set_updated_at
    BEFORE UPDATE ON users.user_dysregulating_factors
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_role_model_traits_set_updated_at
    BEFORE UPDATE ON users.user_role_model_traits
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_growth_milestones_set_updated_at
    BEFORE UPDATE ON users.user_growth_milestones
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_emotional_patterns_set_updated_at
    BEFORE UPDATE ON users.user_emotional_patterns
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_relationship_dynamics_set_updated_at
    BEFORE UPDATE ON users.user_relationship_dynamics
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_growth_opportunities_set_updated_at
    BEFORE UPDATE ON users.user_growth_opportunities
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_risk_factors_set_updated_at
    BEFORE UPDATE ON users.user_risk_factors
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_strengths_set_updated_at
    BEFORE UPDATE ON users.user_strengths
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_mood_trends_set_updated_at
    BEFORE UPDATE ON users.user_mood_trends
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_emotional_states_set_updated_at
    BEFORE UPDATE ON users.user_emotional_states
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_support_system_set_updated_at
    BEFORE UPDATE ON users.user_support_system
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_current_stressors_set_updated_at
    BEFORE UPDATE ON users.user_current_stressors
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_daily_habits_set_updated_at
    BEFORE UPDATE ON users.user_daily_habits
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_substance_use_set_updated_at
    BEFORE UPDATE ON users.user_substance_use
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_previous_therapy_set_updated_at
    BEFORE UPDATE ON users.user_previous_therapy
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_suicidal_thoughts_set_updated_at
    BEFORE UPDATE ON users.user_suicidal_thoughts
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_insight_notes_set_updated_at
    BEFORE UPDATE ON users.user_insight_notes
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_ai_preferences_set_updated_at
    BEFORE UPDATE ON users.user_ai_preferences
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_sleep_routine_set_updated_at
    BEFORE UPDATE ON users.user_sleep_routine
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_relationship_status_set_updated_at
    BEFORE UPDATE ON users.user_relationship_status
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_living_situation_set_updated_at
    BEFORE UPDATE ON users.user_living_situation
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_spiritual_path_set_updated_at
    BEFORE UPDATE ON users.user_spiritual_path
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();

CREATE TRIGGER user_value_compass_set_updated_at
    BEFORE UPDATE ON users.user_value_compass
    FOR EACH ROW
    EXECUTE FUNCTION users.set_updated_at();
