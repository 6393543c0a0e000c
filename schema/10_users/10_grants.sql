-- Privileges of the users domain (roles from tools/bootstrap-roles.sql). Row-level security
-- (09_policies.sql) decides which rows; these grants decide which tables and columns.

GRANT USAGE ON SCHEMA users TO app_user, app_admin, app_service, app_readonly;

-- Accounts: users read their profile without credential material and edit a few fields;
-- admins manage status/lockout; the auth service has full access.
GRANT SELECT (id, email, email_verified_at, display_name, role, status, auth_provider, mfa_enabled, last_login_at, last_login_ip, locale, time_zone, terms_accepted_at, created_at, updated_at) ON TABLE users.account TO app_user;

GRANT UPDATE (display_name, locale, time_zone, terms_accepted_at) ON TABLE users.account TO app_user;

GRANT SELECT (id, legacy_id, email, email_verified_at, display_name, role, status, auth_provider, password_changed_at, mfa_enabled, failed_login_count, locked_until, last_login_at, last_login_ip, locale, time_zone, terms_accepted_at, deactivated_at, created_at, updated_at) ON TABLE users.account TO app_admin;

GRANT UPDATE (display_name, role, status, failed_login_count, locked_until, deactivated_at) ON TABLE users.account TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.account TO app_service;

GRANT SELECT (id, account_id, created_ip, last_seen_ip, user_agent, device_label, mfa_verified_at, last_seen_at, expires_at, ended_at, end_reason, created_at, updated_at) ON TABLE users.account_session TO app_user, app_admin;

GRANT UPDATE (ended_at, end_reason) ON TABLE users.account_session TO app_user, app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.account_session TO app_service;

GRANT SELECT (id, account_id, purpose, sent_to, requested_ip, expires_at, consumed_at, created_at, updated_at) ON TABLE users.auth_token TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.auth_token TO app_service;

GRANT SELECT ON TABLE users.login_attempt TO app_user, app_admin;

GRANT SELECT, INSERT, DELETE ON TABLE users.login_attempt TO app_service;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.organization TO app_user, app_admin, app_service;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.organization_member TO app_user, app_admin, app_service;

GRANT SELECT, INSERT, DELETE ON TABLE users.user_conversation_messages TO app_user;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_conversation_messages TO app_service;

GRANT SELECT ON TABLE users.user_conversation_messages TO app_admin;

-- Crisis flags: staff notes and detector output are not shown to the user.
GRANT SELECT (id, user_id, conversation_id, message_id, category, severity, status, detected_by, acknowledged_at, resolved_at, created_at, updated_at) ON TABLE users.user_crisis_flags TO app_user;

GRANT INSERT (user_id, conversation_id, message_id, category, severity, detected_by, excerpt) ON TABLE users.user_crisis_flags TO app_user;

GRANT SELECT ON TABLE users.user_crisis_flags TO app_admin;

GRANT UPDATE (status, severity, staff_notes, acknowledged_at, acknowledged_by, resolved_at, resolved_by) ON TABLE users.user_crisis_flags TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_crisis_flags TO app_service;

GRANT SELECT, INSERT ON TABLE users.user_suicidal_thoughts TO app_user;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_suicidal_thoughts TO app_service;

GRANT SELECT ON TABLE users.user_suicidal_thoughts TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_profile_summary TO app_user, app_service;

GRANT SELECT ON TABLE users.user_profile_summary TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_conversations TO app_user, app_service;

GRANT SELECT ON TABLE users.user_conversations TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_conversation_continuity TO app_user, app_service;

GRANT SELECT ON TABLE users.user_conversation_continuity TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_feedback_log TO app_user, app_service;

GRANT SELECT ON TABLE users.user_feedback_log TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_themes TO app_user, app_service;

GRANT SELECT ON TABLE users.user_themes TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_people TO app_user, app_service;

GRANT SELECT ON TABLE users.user_people TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_coping_tools TO app_user, app_service;

GRANT SELECT ON TABLE users.user_coping_tools TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_goals TO app_user, app_service;

GRANT SELECT ON TABLE users.user_goals TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_trauma_patterns TO app_user, app_service;

GRANT SELECT ON TABLE users.user_trauma_patterns TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_pattern_loops TO app_user, app_service;

GRANT SELECT ON TABLE users.user_pattern_loops TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_shadow_themes TO app_user, app_service;

GRANT SELECT ON TABLE users.user_shadow_themes TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_ancestral_issues TO app_user, app_service;

GRANT SELECT ON TABLE users.user_ancestral_issues TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_current_practices TO app_user, app_service;

GRANT SELECT ON TABLE users.user_current_practices TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_regulation_strategies TO app_user, app_service;

GRANT SELECT ON TABLE users.user_regulation_strategies TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_dysregulating_factors TO app_user, app_service;

GRANT SELECT ON TABLE users.user_dysregulating_factors TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_role_model_traits TO app_user, app_service;

GRANT SELECT ON TABLE users.user_role_model_traits TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_growth_milestones TO app_user, app_service;

GRANT SELECT ON TABLE users.user_growth_milestones TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_emotional_patterns TO app_user, app_service;

GRANT SELECT ON TABLE users.user_emotional_patterns TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_relationship_dynamics TO app_user, app_service;

GRANT SELECT ON TABLE users.user_relationship_dynamics TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_growth_opportunities TO app_user, app_service;

GRANT SELECT ON TABLE users.user_growth_opportunities TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_risk_factors TO app_user, app_service;

GRANT SELECT ON TABLE users.user_risk_factors TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_strengths TO app_user, app_service;

GRANT SELECT ON TABLE users.user_strengths TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_mood_trends TO app_user, app_service;

GRANT SELECT ON TABLE users.user_mood_trends TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_emotional_states TO app_user, app_service;

GRANT SELECT ON TABLE users.user_emotional_states TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_support_system TO app_user, app_service;

GRANT SELECT ON TABLE users.user_support_system TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_current_stressors TO app_user, app_service;

GRANT SELECT ON TABLE users.user_current_stressors TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_daily_habits TO app_user, app_service;

GRANT SELECT ON TABLE users.user_daily_habits TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_substance_use TO app_user, app_service;

GRANT SELECT ON TABLE users.user_substance_use TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_previous_therapy TO app_user, app_service;

GRANT SELECT ON TABLE users.user_previous_therapy TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_insight_notes TO app_user, app_service;

GRANT SELECT ON TABLE users.user_insight_notes TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_ai_preferences TO app_user, app_service;

GRANT SELECT ON TABLE users.user_ai_preferences TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_sleep_routine TO app_user, app_service;

GRANT SELECT ON TABLE users.user_sleep_routine TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_relationship_status TO app_user, app_service;

GRANT SELECT ON TABLE users.user_relationship_status TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_living_situation TO app_user, app_service;

GRANT SELECT ON TABLE users.user_living_situation TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_spiritual_path TO app_user, app_service;

GRANT SELECT ON TABLE users.user_spiritual_path TO app_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE users.user_value_compass TO app_user, app_service;

GRANT SELECT ON TABLE users.user_value_compass TO app_admin;

-- Views
GRANT SELECT ON TABLE users.active_session TO app_user, app_admin;

GRANT SELECT ON TABLE users.user_memory_overview TO app_user, app_admin, app_service;

GRANT SELECT ON TABLE users.crisis_triage_queue TO app_admin;

-- Functions (EXECUTE is also granted to PUBLIC by default; these state the intended callers).
GRANT EXECUTE ON FUNCTION users.current_user_id() TO app_user, app_admin, app_service, app_readonly;

GRANT EXECUTE ON FUNCTION users.purge_expired_sessions(interval) TO app_service;
