-- Row-level security of the users domain.
--
--   app_user      sees and changes only rows it owns (owner column = users.current_user_id());
--                 organization data is visible to members, manageable by owners/admins.
--   app_service   all rows (backend workers: auth, AI memory pipeline, schedulers).
--   app_admin     reads everything; writes where operators act (accounts, sessions,
--                 organizations, crisis flag handling).
-- Column privileges (10_grants.sql) further restrict which columns each role can read/write.

ALTER TABLE users.account ENABLE ROW LEVEL SECURITY;

CREATE POLICY account_self_select ON users.account
    FOR SELECT TO app_user
    USING (id = users.current_user_id());

CREATE POLICY account_self_update ON users.account
    FOR UPDATE TO app_user
    USING (id = users.current_user_id())
    WITH CHECK (id = users.current_user_id());

CREATE POLICY account_staff_all ON users.account
    FOR ALL TO app_admin, app_service
    USING (true)
    WITH CHECK (true);

ALTER TABLE users.account_session ENABLE ROW LEVEL SECURITY;

CREATE POLICY account_session_self_select ON users.account_session
    FOR SELECT TO app_user
    USING (account_id = users.current_user_id());

CREATE POLICY account_session_self_revoke ON users.account_session
    FOR UPDATE TO app_user
    USING (account_id = users.current_user_id())
    WITH CHECK (account_id = users.current_user_id());

CREATE POLICY account_session_staff_all ON users.account_session
    FOR ALL TO app_admin, app_service
    USING (true)
    WITH CHECK (true);

ALTER TABLE users.auth_token ENABLE ROW LEVEL SECURITY;

CREATE POLICY auth_token_service_all ON users.auth_token
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY auth_token_admin_read ON users.auth_token
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.login_attempt ENABLE ROW LEVEL SECURITY;

CREATE POLICY login_attempt_self_select ON users.login_attempt
    FOR SELECT TO app_user
    USING (account_id = users.current_user_id());

CREATE POLICY login_attempt_service_all ON users.login_attempt
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY login_attempt_admin_read ON users.login_attempt
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.organization ENABLE ROW LEVEL SECURITY;

CREATE POLICY organization_visible_to_members ON users.organization
    FOR SELECT TO app_user
    USING (users.is_org_member(id) OR created_by = users.current_user_id());

CREATE POLICY organization_create ON users.organization
    FOR INSERT TO app_user
    WITH CHECK (created_by = users.current_user_id());

CREATE POLICY organization_admin_update ON users.organization
    FOR UPDATE TO app_user
    USING (users.is_org_admin(id))
    WITH CHECK (users.is_org_admin(id));

CREATE POLICY organization_admin_delete ON users.organization
    FOR DELETE TO app_user
    USING (users.is_org_admin(id));

CREATE POLICY organization_staff_all ON users.organization
    FOR ALL TO app_admin, app_service
    USING (true)
    WITH CHECK (true);

ALTER TABLE users.organization_member ENABLE ROW LEVEL SECURITY;

CREATE POLICY organization_member_visible ON users.organization_member
    FOR SELECT TO app_user
    USING (account_id = users.current_user_id() OR users.is_org_member(organization_id));

-- Org admins add members; the creator of a new organization may add themselves as its owner.
CREATE POLICY organization_member_add ON users.organization_member
    FOR INSERT TO app_user
    WITH CHECK (
        users.is_org_admin(organization_id)
        OR (account_id = users.current_user_id()
            AND role = 'owner'
            AND EXISTS (SELECT 1
                          FROM users.organization AS o
                         WHERE o.id = organization_id
                           AND o.created_by = users.current_user_id()))
    );

CREATE POLICY organization_member_admin_update ON users.organization_member
    FOR UPDATE TO app_user
    USING (users.is_org_admin(organization_id))
    WITH CHECK (users.is_org_admin(organization_id));

-- Org admins remove members; anyone may leave.
CREATE POLICY organization_member_remove ON users.organization_member
    FOR DELETE TO app_user
    USING (account_id = users.current_user_id() OR users.is_org_admin(organization_id));

CREATE POLICY organization_member_staff_all ON users.organization_member
    FOR ALL TO app_admin, app_service
    USING (true)
    WITH CHECK (true);

-- Messages: users read their conversations and write their own turns; assistant, system and
-- tool turns are written by the service.
ALTER TABLE users.user_conversation_messages ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_conversation_messages_owner_select ON users.user_conversation_messages
    FOR SELECT TO app_user
    USING (user_id = users.current_user_id());

CREATE POLICY user_conversation_messages_owner_insert ON users.user_conversation_messages
    FOR INSERT TO app_user
    WITH CHECK (user_id = users.current_user_id() AND role = 'user');

CREATE POLICY user_conversation_messages_owner_delete ON users.user_conversation_messages
    FOR DELETE TO app_user
    USING (user_id = users.current_user_id());

CREATE POLICY user_conversation_messages_service_all ON users.user_conversation_messages
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_conversation_messages_admin_read ON users.user_conversation_messages
    FOR SELECT TO app_admin
    USING (true);

-- Crisis flags: users see their own flags and may raise one themselves; the safety team
-- (app_admin) acknowledges, escalates and resolves them.
ALTER TABLE users.user_crisis_flags ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_crisis_flags_owner_select ON users.user_crisis_flags
    FOR SELECT TO app_user
    USING (user_id = users.current_user_id());

CREATE POLICY user_crisis_flags_owner_report ON users.user_crisis_flags
    FOR INSERT TO app_user
    WITH CHECK (user_id = users.current_user_id() AND detected_by = 'user_report' AND status = 'open');

CREATE POLICY user_crisis_flags_admin_read ON users.user_crisis_flags
    FOR SELECT TO app_admin
    USING (true);

CREATE POLICY user_crisis_flags_admin_handle ON users.user_crisis_flags
    FOR UPDATE TO app_admin
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_crisis_flags_service_all ON users.user_crisis_flags
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

-- Suicidal ideation records: the user may read and add; history is not editable by the user.
ALTER TABLE users.user_suicidal_thoughts ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_suicidal_thoughts_owner_select ON users.user_suicidal_thoughts
    FOR SELECT TO app_user
    USING (user_id = users.current_user_id());

CREATE POLICY user_suicidal_thoughts_owner_insert ON users.user_suicidal_thoughts
    FOR INSERT TO app_user
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_suicidal_thoughts_service_all ON users.user_suicidal_thoughts
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_suicidal_thoughts_admin_read ON users.user_suicidal_thoughts
    FOR SELECT TO app_admin
    USING (true);

-- Every other per-user table: owner has full access to own rows, service all, admins read.

ALTER TABLE users.user_profile_summary ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_profile_summary_owner_all ON users.user_profile_summary
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_profile_summary_service_all ON users.user_profile_summary
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_profile_summary_admin_read ON users.user_profile_summary
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_conversations ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_conversations_owner_all ON users.user_conversations
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_conversations_service_all ON users.user_conversations
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_conversations_admin_read ON users.user_conversations
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_conversation_continuity ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_conversation_continuity_owner_all ON users.user_conversation_continuity
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_conversation_continuity_service_all ON users.user_conversation_continuity
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_conversation_continuity_admin_read ON users.user_conversation_continuity
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_feedback_log ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_feedback_log_owner_all ON users.user_feedback_log
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_feedback_log_service_all ON users.user_feedback_log
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_feedback_log_admin_read ON users.user_feedback_log
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_themes ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_themes_owner_all ON users.user_themes
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_themes_service_all ON users.user_themes
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_themes_admin_read ON users.user_themes
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_people ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_people_owner_all ON users.user_people
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_people_service_all ON users.user_people
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_people_admin_read ON users.user_people
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_coping_tools ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_coping_tools_owner_all ON users.user_coping_tools
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_coping_tools_service_all ON users.user_coping_tools
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_coping_tools_admin_read ON users.user_coping_tools
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_goals ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_goals_owner_all ON users.user_goals
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_goals_service_all ON users.user_goals
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_goals_admin_read ON users.user_goals
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_trauma_patterns ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_trauma_patterns_owner_all ON users.user_trauma_patterns
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_trauma_patterns_service_all ON users.user_trauma_patterns
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_trauma_patterns_admin_read ON users.user_trauma_patterns
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_pattern_loops ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_pattern_loops_owner_all ON users.user_pattern_loops
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_pattern_loops_service_all ON users.user_pattern_loops
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_pattern_loops_admin_read ON users.user_pattern_loops
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_shadow_themes ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_shadow_themes_owner_all ON users.user_shadow_themes
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_shadow_themes_service_all ON users.user_shadow_themes
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_shadow_themes_admin_read ON users.user_shadow_themes
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_ancestral_issues ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_ancestral_issues_owner_all ON users.user_ancestral_issues
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_ancestral_issues_service_all ON users.user_ancestral_issues
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_ancestral_issues_admin_read ON users.user_ancestral_issues
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_current_practices ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_current_practices_owner_all ON users.user_current_practices
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_current_practices_service_all ON users.user_current_practices
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_current_practices_admin_read ON users.user_current_practices
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_regulation_strategies ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_regulation_strategies_owner_all ON users.user_regulation_strategies
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_regulation_strategies_service_all ON users.user_regulation_strategies
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_regulation_strategies_admin_read ON users.user_regulation_strategies
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_dysregulating_factors ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_dysregulating_factors_owner_all ON users.user_dysregulating_factors
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_dysregulating_factors_service_all ON users.user_dysregulating_factors
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_dysregulating_factors_admin_read ON users.user_dysregulating_factors
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_role_model_traits ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_role_model_traits_owner_all ON users.user_role_model_traits
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_role_model_traits_service_all ON users.user_role_model_traits
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_role_model_traits_admin_read ON users.user_role_model_traits
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_growth_milestones ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_growth_milestones_owner_all ON users.user_growth_milestones
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_growth_milestones_service_all ON users.user_growth_milestones
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_growth_milestones_admin_read ON users.user_growth_milestones
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_emotional_patterns ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_emotional_patterns_owner_all ON users.user_emotional_patterns
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_emotional_patterns_service_all ON users.user_emotional_patterns
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_emotional_patterns_admin_read ON users.user_emotional_patterns
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_relationship_dynamics ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_relationship_dynamics_owner_all ON users.user_relationship_dynamics
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_relationship_dynamics_service_all ON users.user_relationship_dynamics
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_relationship_dynamics_admin_read ON users.user_relationship_dynamics
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_growth_opportunities ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_growth_opportunities_owner_all ON users.user_growth_opportunities
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_growth_opportunities_service_all ON users.user_growth_opportunities
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_growth_opportunities_admin_read ON users.user_growth_opportunities
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_risk_factors ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_risk_factors_owner_all ON users.user_risk_factors
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_risk_factors_service_all ON users.user_risk_factors
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_risk_factors_admin_read ON users.user_risk_factors
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_strengths ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_strengths_owner_all ON users.user_strengths
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_strengths_service_all ON users.user_strengths
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_strengths_admin_read ON users.user_strengths
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_mood_trends ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_mood_trends_owner_all ON users.user_mood_trends
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_mood_trends_service_all ON users.user_mood_trends
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_mood_trends_admin_read ON users.user_mood_trends
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_emotional_states ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_emotional_states_owner_all ON users.user_emotional_states
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_emotional_states_service_all ON users.user_emotional_states
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_emotional_states_admin_read ON users.user_emotional_states
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_support_system ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_support_system_owner_all ON users.user_support_system
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_support_system_service_all ON users.user_support_system
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_support_system_admin_read ON users.user_support_system
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_current_stressors ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_current_stressors_owner_all ON users.user_current_stressors
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_current_stressors_service_all ON users.user_current_stressors
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_current_stressors_admin_read ON users.user_current_stressors
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_daily_habits ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_daily_habits_owner_all ON users.user_daily_habits
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_daily_habits_service_all ON users.user_daily_habits
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_daily_habits_admin_read ON users.user_daily_habits
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_substance_use ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_substance_use_owner_all ON users.user_substance_use
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_substance_use_service_all ON users.user_substance_use
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_substance_use_admin_read ON users.user_substance_use
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_previous_therapy ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_previous_therapy_owner_all ON users.user_previous_therapy
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_previous_therapy_service_all ON users.user_previous_therapy
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_previous_therapy_admin_read ON users.user_previous_therapy
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_insight_notes ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_insight_notes_owner_all ON users.user_insight_notes
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_insight_notes_service_all ON users.user_insight_notes
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_insight_notes_admin_read ON users.user_insight_notes
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_ai_preferences ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_ai_preferences_owner_all ON users.user_ai_preferences
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_ai_preferences_service_all ON users.user_ai_preferences
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_ai_preferences_admin_read ON users.user_ai_preferences
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_sleep_routine ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_sleep_routine_owner_all ON users.user_sleep_routine
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_sleep_routine_service_all ON users.user_sleep_routine
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_sleep_routine_admin_read ON users.user_sleep_routine
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_relationship_status ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_relationship_status_owner_all ON users.user_relationship_status
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_relationship_status_service_all ON users.user_relationship_status
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_relationship_status_admin_read ON users.user_relationship_status
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_living_situation ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_living_situation_owner_all ON users.user_living_situation
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_living_situation_service_all ON users.user_living_situation
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_living_situation_admin_read ON users.user_living_situation
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_spiritual_path ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_spiritual_path_owner_all ON users.user_spiritual_path
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_spiritual_path_service_all ON users.user_spiritual_path
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_spiritual_path_admin_read ON users.user_spiritual_path
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE users.user_value_compass ENABLE ROW LEVEL SECURITY;

CREATE POLICY user_value_compass_owner_all ON users.user_value_compass
    FOR ALL TO app_user
    USING (user_id = users.current_user_id())
    WITH CHECK (user_id = users.current_user_id());

CREATE POLICY user_value_compass_service_all ON users.user_value_compass
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY user_value_compass_admin_read ON users.user_value_compass
    FOR SELECT TO app_admin
    USING (true);
