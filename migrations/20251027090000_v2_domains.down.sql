-- 20251027090000_v2_domains (down): undoes 20251027090000_v2_domains.up.sql; written by `schemac migrate new`.
-- WARNING: this rollback deletes data: the steps marked deletes-data drop what the up
-- script created, with its rows.
-- hazards: deletes-data, access-exclusive-lock

SET search_path = public;
SET check_function_bodies = false;

-- drop view users.user_memory_overview
DROP VIEW users.user_memory_overview;

-- drop view users.crisis_triage_queue
DROP VIEW users.crisis_triage_queue;

-- drop view users.active_session
DROP VIEW users.active_session;

-- drop view calendar.calendar_overview
DROP VIEW calendar.calendar_overview;

-- drop view calendar.advent_day
DROP VIEW calendar.advent_day;

-- drop view analytics.nps_monthly
DROP VIEW analytics.nps_monthly;

-- drop view analytics.daily_active_accounts
DROP VIEW analytics.daily_active_accounts;

-- drop view analytics.calendar_summary
DROP VIEW analytics.calendar_summary;

-- drop materialized view analytics.calendar_daily_stats
DROP MATERIALIZED VIEW analytics.calendar_daily_stats;

-- drop constraint user_value_compass_user_id_fkey on users.user_value_compass
ALTER TABLE users.user_value_compass DROP CONSTRAINT user_value_compass_user_id_fkey;

-- drop table users.user_value_compass
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_value_compass;

-- drop constraint user_trauma_patterns_user_id_fkey on users.user_trauma_patterns
ALTER TABLE users.user_trauma_patterns DROP CONSTRAINT user_trauma_patterns_user_id_fkey;

-- drop table users.user_trauma_patterns
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_trauma_patterns;

-- drop constraint user_themes_user_id_fkey on users.user_themes
ALTER TABLE users.user_themes DROP CONSTRAINT user_themes_user_id_fkey;

-- drop table users.user_themes
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_themes;

-- drop constraint user_support_system_user_id_fkey on users.user_support_system
ALTER TABLE users.user_support_system DROP CONSTRAINT user_support_system_user_id_fkey;

-- drop constraint user_support_system_person_fkey on users.user_support_system
ALTER TABLE users.user_support_system DROP CONSTRAINT user_support_system_person_fkey;

-- drop table users.user_support_system
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_support_system;

-- drop constraint user_suicidal_thoughts_user_id_fkey on users.user_suicidal_thoughts
ALTER TABLE users.user_suicidal_thoughts DROP CONSTRAINT user_suicidal_thoughts_user_id_fkey;

-- drop constraint user_suicidal_thoughts_crisis_flag_fkey on users.user_suicidal_thoughts
ALTER TABLE users.user_suicidal_thoughts DROP CONSTRAINT user_suicidal_thoughts_crisis_flag_fkey;

-- drop table users.user_suicidal_thoughts
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_suicidal_thoughts;

-- drop constraint user_substance_use_user_id_fkey on users.user_substance_use
ALTER TABLE users.user_substance_use DROP CONSTRAINT user_substance_use_user_id_fkey;

-- drop table users.user_substance_use
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_substance_use;

-- drop constraint user_strengths_user_id_fkey on users.user_strengths
ALTER TABLE users.user_strengths DROP CONSTRAINT user_strengths_user_id_fkey;

-- drop table users.user_strengths
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_strengths;

-- drop constraint user_spiritual_path_user_id_fkey on users.user_spiritual_path
ALTER TABLE users.user_spiritual_path DROP CONSTRAINT user_spiritual_path_user_id_fkey;

-- drop table users.user_spiritual_path
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_spiritual_path;

-- drop constraint user_sleep_routine_user_id_fkey on users.user_sleep_routine
ALTER TABLE users.user_sleep_routine DROP CONSTRAINT user_sleep_routine_user_id_fkey;

-- drop table users.user_sleep_routine
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_sleep_routine;

-- drop constraint user_shadow_themes_user_id_fkey on users.user_shadow_themes
ALTER TABLE users.user_shadow_themes DROP CONSTRAINT user_shadow_themes_user_id_fkey;

-- drop table users.user_shadow_themes
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_shadow_themes;

-- drop constraint user_role_model_traits_user_id_fkey on users.user_role_model_traits
ALTER TABLE users.user_role_model_traits DROP CONSTRAINT user_role_model_traits_user_id_fkey;

-- drop table users.user_role_model_traits
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_role_model_traits;

-- drop constraint user_risk_factors_user_id_fkey on users.user_risk_factors
ALTER TABLE users.user_risk_factors DROP CONSTRAINT user_risk_factors_user_id_fkey;

-- drop table users.user_risk_factors
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_risk_factors;

-- drop constraint user_relationship_status_user_id_fkey on users.user_relationship_status
ALTER TABLE users.user_relationship_status DROP CONSTRAINT user_relationship_status_user_id_fkey;

-- drop constraint user_relationship_status_partner_fkey on users.user_relationship_status
ALTER TABLE users.user_relationship_status DROP CONSTRAINT user_relationship_status_partner_fkey;

-- drop table users.user_relationship_status
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_relationship_status;

-- drop constraint user_relationship_dynamics_user_id_fkey on users.user_relationship_dynamics
ALTER TABLE users.user_relationship_dynamics DROP CONSTRAINT user_relationship_dynamics_user_id_fkey;

-- drop constraint user_relationship_dynamics_person_fkey on users.user_relationship_dynamics
ALTER TABLE users.user_relationship_dynamics DROP CONSTRAINT user_relationship_dynamics_person_fkey;

-- drop table users.user_relationship_dynamics
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_relationship_dynamics;

-- drop constraint user_regulation_strategies_user_id_fkey on users.user_regulation_strategies
ALTER TABLE users.user_regulation_strategies DROP CONSTRAINT user_regulation_strategies_user_id_fkey;

-- drop table users.user_regulation_strategies
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_regulation_strategies;

-- drop constraint user_profile_summary_user_id_fkey on users.user_profile_summary
ALTER TABLE users.user_profile_summary DROP CONSTRAINT user_profile_summary_user_id_fkey;

-- drop table users.user_profile_summary
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_profile_summary;

-- drop constraint user_previous_therapy_user_id_fkey on users.user_previous_therapy
ALTER TABLE users.user_previous_therapy DROP CONSTRAINT user_previous_therapy_user_id_fkey;

-- drop table users.user_previous_therapy
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_previous_therapy;

-- drop constraint user_people_user_id_fkey on users.user_people
ALTER TABLE users.user_people DROP CONSTRAINT user_people_user_id_fkey;

-- drop table users.user_people
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_people;

-- drop constraint user_pattern_loops_user_id_fkey on users.user_pattern_loops
ALTER TABLE users.user_pattern_loops DROP CONSTRAINT user_pattern_loops_user_id_fkey;

-- drop table users.user_pattern_loops
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_pattern_loops;

-- drop constraint user_mood_trends_user_id_fkey on users.user_mood_trends
ALTER TABLE users.user_mood_trends DROP CONSTRAINT user_mood_trends_user_id_fkey;

-- drop table users.user_mood_trends
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_mood_trends;

-- drop constraint user_living_situation_user_id_fkey on users.user_living_situation
ALTER TABLE users.user_living_situation DROP CONSTRAINT user_living_situation_user_id_fkey;

-- drop table users.user_living_situation
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_living_situation;

-- drop constraint user_insight_notes_user_id_fkey on users.user_insight_notes
ALTER TABLE users.user_insight_notes DROP CONSTRAINT user_insight_notes_user_id_fkey;

-- drop constraint user_insight_notes_conversation_fkey on users.user_insight_notes
ALTER TABLE users.user_insight_notes DROP CONSTRAINT user_insight_notes_conversation_fkey;

-- drop table users.user_insight_notes
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_insight_notes;

-- drop constraint user_growth_opportunities_user_id_fkey on users.user_growth_opportunities
ALTER TABLE users.user_growth_opportunities DROP CONSTRAINT user_growth_opportunities_user_id_fkey;

-- drop table users.user_growth_opportunities
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_growth_opportunities;

-- drop constraint user_growth_milestones_user_id_fkey on users.user_growth_milestones
ALTER TABLE users.user_growth_milestones DROP CONSTRAINT user_growth_milestones_user_id_fkey;

-- drop constraint user_growth_milestones_goal_fkey on users.user_growth_milestones
ALTER TABLE users.user_growth_milestones DROP CONSTRAINT user_growth_milestones_goal_fkey;

-- drop table users.user_growth_milestones
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_growth_milestones;

-- drop constraint user_goals_user_id_fkey on users.user_goals
ALTER TABLE users.user_goals DROP CONSTRAINT user_goals_user_id_fkey;

-- drop table users.user_goals
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_goals;

-- drop constraint user_feedback_log_user_id_fkey on users.user_feedback_log
ALTER TABLE users.user_feedback_log DROP CONSTRAINT user_feedback_log_user_id_fkey;

-- drop constraint user_feedback_log_message_fkey on users.user_feedback_log
ALTER TABLE users.user_feedback_log DROP CONSTRAINT user_feedback_log_message_fkey;

-- drop constraint user_feedback_log_conversation_fkey on users.user_feedback_log
ALTER TABLE users.user_feedback_log DROP CONSTRAINT user_feedback_log_conversation_fkey;

-- drop table users.user_feedback_log
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_feedback_log;

-- drop constraint user_emotional_states_user_id_fkey on users.user_emotional_states
ALTER TABLE users.user_emotional_states DROP CONSTRAINT user_emotional_states_user_id_fkey;

-- drop constraint user_emotional_states_conversation_fkey on users.user_emotional_states
ALTER TABLE users.user_emotional_states DROP CONSTRAINT user_emotional_states_conversation_fkey;

-- drop table users.user_emotional_states
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_emotional_states;

-- drop constraint user_emotional_patterns_user_id_fkey on users.user_emotional_patterns
ALTER TABLE users.user_emotional_patterns DROP CONSTRAINT user_emotional_patterns_user_id_fkey;

-- drop table users.user_emotional_patterns
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_emotional_patterns;

-- drop constraint user_dysregulating_factors_user_id_fkey on users.user_dysregulating_factors
ALTER TABLE users.user_dysregulating_factors DROP CONSTRAINT user_dysregulating_factors_user_id_fkey;

-- drop table users.user_dysregulating_factors
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_dysregulating_factors;

-- drop constraint user_daily_habits_user_id_fkey on users.user_daily_habits
ALTER TABLE users.user_daily_habits DROP CONSTRAINT user_daily_habits_user_id_fkey;

-- drop table users.user_daily_habits
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_daily_habits;

-- drop constraint user_current_stressors_user_id_fkey on users.user_current_stressors
ALTER TABLE users.user_current_stressors DROP CONSTRAINT user_current_stressors_user_id_fkey;

-- drop table users.user_current_stressors
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_current_stressors;

-- drop constraint user_current_practices_user_id_fkey on users.user_current_practices
ALTER TABLE users.user_current_practices DROP CONSTRAINT user_current_practices_user_id_fkey;

-- drop table users.user_current_practices
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_current_practices;

-- drop constraint user_crisis_flags_user_id_fkey on users.user_crisis_flags
ALTER TABLE users.user_crisis_flags DROP CONSTRAINT user_crisis_flags_user_id_fkey;

-- drop constraint user_crisis_flags_resolved_by_fkey on users.user_crisis_flags
ALTER TABLE users.user_crisis_flags DROP CONSTRAINT user_crisis_flags_resolved_by_fkey;

-- drop constraint user_crisis_flags_message_fkey on users.user_crisis_flags
ALTER TABLE users.user_crisis_flags DROP CONSTRAINT user_crisis_flags_message_fkey;

-- drop constraint user_crisis_flags_conversation_fkey on users.user_crisis_flags
ALTER TABLE users.user_crisis_flags DROP CONSTRAINT user_crisis_flags_conversation_fkey;

-- drop constraint user_crisis_flags_acknowledged_by_fkey on users.user_crisis_flags
ALTER TABLE users.user_crisis_flags DROP CONSTRAINT user_crisis_flags_acknowledged_by_fkey;

-- drop table users.user_crisis_flags
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_crisis_flags;

-- drop constraint user_coping_tools_user_id_fkey on users.user_coping_tools
ALTER TABLE users.user_coping_tools DROP CONSTRAINT user_coping_tools_user_id_fkey;

-- drop table users.user_coping_tools
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_coping_tools;

-- drop constraint user_conversations_user_id_fkey on users.user_conversations
ALTER TABLE users.user_conversations DROP CONSTRAINT user_conversations_user_id_fkey;

-- drop constraint user_conversation_messages_user_id_fkey on users.user_conversation_messages
ALTER TABLE users.user_conversation_messages DROP CONSTRAINT user_conversation_messages_user_id_fkey;

-- drop constraint user_conversation_messages_conversation_fkey on users.user_conversation_messages
ALTER TABLE users.user_conversation_messages DROP CONSTRAINT user_conversation_messages_conversation_fkey;

-- drop table users.user_conversation_messages
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_conversation_messages;

-- drop constraint user_conversation_continuity_user_id_fkey on users.user_conversation_continuity
ALTER TABLE users.user_conversation_continuity DROP CONSTRAINT user_conversation_continuity_user_id_fkey;

-- drop constraint user_conversation_continuity_last_conversation_fkey on users.user_conversation_continuity
ALTER TABLE users.user_conversation_continuity DROP CONSTRAINT user_conversation_continuity_last_conversation_fkey;

-- drop table users.user_conversations
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_conversations;

-- drop table users.user_conversation_continuity
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_conversation_continuity;

-- drop constraint user_ancestral_issues_user_id_fkey on users.user_ancestral_issues
ALTER TABLE users.user_ancestral_issues DROP CONSTRAINT user_ancestral_issues_user_id_fkey;

-- drop table users.user_ancestral_issues
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_ancestral_issues;

-- drop constraint user_ai_preferences_user_id_fkey on users.user_ai_preferences
ALTER TABLE users.user_ai_preferences DROP CONSTRAINT user_ai_preferences_user_id_fkey;

-- drop table users.user_ai_preferences
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.user_ai_preferences;

-- drop constraint organization_member_organization_id_fkey on users.organization_member
ALTER TABLE users.organization_member DROP CONSTRAINT organization_member_organization_id_fkey;

-- drop constraint organization_member_invited_by_fkey on users.organization_member
ALTER TABLE users.organization_member DROP CONSTRAINT organization_member_invited_by_fkey;

-- drop constraint organization_member_account_id_fkey on users.organization_member
ALTER TABLE users.organization_member DROP CONSTRAINT organization_member_account_id_fkey;

-- drop table users.organization_member
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.organization_member;

-- drop constraint organization_created_by_fkey on users.organization
ALTER TABLE users.organization DROP CONSTRAINT organization_created_by_fkey;

-- drop table users.organization
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.organization;

-- drop constraint login_attempt_account_id_fkey on users.login_attempt
ALTER TABLE users.login_attempt DROP CONSTRAINT login_attempt_account_id_fkey;

-- drop table users.login_attempt
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.login_attempt;

-- drop constraint auth_token_account_id_fkey on users.auth_token
ALTER TABLE users.auth_token DROP CONSTRAINT auth_token_account_id_fkey;

-- drop table users.auth_token
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.auth_token;

-- drop constraint account_session_account_id_fkey on users.account_session
ALTER TABLE users.account_session DROP CONSTRAINT account_session_account_id_fkey;

-- drop table users.account_session
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.account_session;

-- drop constraint surprise_video_media_asset_id_fkey on calendar.surprise_video
ALTER TABLE calendar.surprise_video DROP CONSTRAINT surprise_video_media_asset_id_fkey;

-- drop constraint surprise_video_collection_id_fkey on calendar.surprise_video
ALTER TABLE calendar.surprise_video DROP CONSTRAINT surprise_video_collection_id_fkey;

-- drop constraint surprise_collection_calendar_id_fkey on calendar.surprise_collection
ALTER TABLE calendar.surprise_collection DROP CONSTRAINT surprise_collection_calendar_id_fkey;

-- drop constraint memory_fragment_session_fkey on calendar.memory_fragment
ALTER TABLE calendar.memory_fragment DROP CONSTRAINT memory_fragment_session_fkey;

-- drop constraint memory_fragment_child_fkey on calendar.memory_fragment
ALTER TABLE calendar.memory_fragment DROP CONSTRAINT memory_fragment_child_fkey;

-- drop constraint memory_embedding_fragment_fkey on calendar.memory_embedding
ALTER TABLE calendar.memory_embedding DROP CONSTRAINT memory_embedding_fragment_fkey;

-- drop table calendar.memory_fragment
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE calendar.memory_fragment;

-- drop constraint memory_embedding_child_fkey on calendar.memory_embedding
ALTER TABLE calendar.memory_embedding DROP CONSTRAINT memory_embedding_child_fkey;

-- drop table calendar.memory_embedding
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE calendar.memory_embedding;

-- drop constraint media_asset_owner_account_id_fkey on calendar.media_asset
ALTER TABLE calendar.media_asset DROP CONSTRAINT media_asset_owner_account_id_fkey;

-- drop constraint family_settings_account_id_fkey on calendar.family_settings
ALTER TABLE calendar.family_settings DROP CONSTRAINT family_settings_account_id_fkey;

-- drop table calendar.family_settings
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE calendar.family_settings;

-- drop constraint child_profile_avatar_fkey on calendar.child_profile
ALTER TABLE calendar.child_profile DROP CONSTRAINT child_profile_avatar_fkey;

-- drop constraint child_profile_account_id_fkey on calendar.child_profile
ALTER TABLE calendar.child_profile DROP CONSTRAINT child_profile_account_id_fkey;

-- drop constraint chat_session_child_fkey on calendar.chat_session
ALTER TABLE calendar.chat_session DROP CONSTRAINT chat_session_child_fkey;

-- drop constraint chat_session_calendar_fkey on calendar.chat_session
ALTER TABLE calendar.chat_session DROP CONSTRAINT chat_session_calendar_fkey;

-- drop constraint chat_session_calendar_day_id_fkey on calendar.chat_session
ALTER TABLE calendar.chat_session DROP CONSTRAINT chat_session_calendar_day_id_fkey;

-- drop constraint chat_session_account_fkey on calendar.chat_session
ALTER TABLE calendar.chat_session DROP CONSTRAINT chat_session_account_fkey;

-- drop constraint chat_message_session_fkey on calendar.chat_message
ALTER TABLE calendar.chat_message DROP CONSTRAINT chat_message_session_fkey;

-- drop table calendar.chat_message
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE calendar.chat_message;

-- drop constraint calendar_day_surprise_video_id_fkey on calendar.calendar_day
ALTER TABLE calendar.calendar_day DROP CONSTRAINT calendar_day_surprise_video_id_fkey;

-- drop table calendar.surprise_video
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE calendar.surprise_video;

-- drop table calendar.surprise_collection
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE calendar.surprise_collection;

-- drop constraint calendar_day_media_asset_id_fkey on calendar.calendar_day
ALTER TABLE calendar.calendar_day DROP CONSTRAINT calendar_day_media_asset_id_fkey;

-- drop constraint calendar_day_calendar_id_fkey on calendar.calendar_day
ALTER TABLE calendar.calendar_day DROP CONSTRAINT calendar_day_calendar_id_fkey;

-- drop constraint advent_calendar_cover_fkey on calendar.advent_calendar
ALTER TABLE calendar.advent_calendar DROP CONSTRAINT advent_calendar_cover_fkey;

-- drop table calendar.media_asset
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE calendar.media_asset;

-- drop constraint advent_calendar_child_fkey on calendar.advent_calendar
ALTER TABLE calendar.advent_calendar DROP CONSTRAINT advent_calendar_child_fkey;

-- drop constraint advent_calendar_account_id_fkey on calendar.advent_calendar
ALTER TABLE calendar.advent_calendar DROP CONSTRAINT advent_calendar_account_id_fkey;

-- drop constraint user_engagement_account_id_fkey on analytics.user_engagement
ALTER TABLE analytics.user_engagement DROP CONSTRAINT user_engagement_account_id_fkey;

-- drop constraint telemetry_event_account_id_fkey on analytics.telemetry_event
ALTER TABLE analytics.telemetry_event DROP CONSTRAINT telemetry_event_account_id_fkey;

-- drop table analytics.telemetry_event
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE analytics.telemetry_event;

-- drop constraint nps_submission_account_id_fkey on analytics.nps_submission
ALTER TABLE analytics.nps_submission DROP CONSTRAINT nps_submission_account_id_fkey;

-- drop table analytics.nps_submission
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE analytics.nps_submission;

-- drop table analytics.metrics_log
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE analytics.metrics_log;

-- drop constraint day_analytics_day_fkey on analytics.day_analytics
ALTER TABLE analytics.day_analytics DROP CONSTRAINT day_analytics_day_fkey;

-- drop table calendar.calendar_day
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE calendar.calendar_day;

-- drop constraint day_analytics_account_id_fkey on analytics.day_analytics
ALTER TABLE analytics.day_analytics DROP CONSTRAINT day_analytics_account_id_fkey;

-- drop table analytics.day_analytics
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE analytics.day_analytics;

-- drop constraint chat_analytics_child_profile_id_fkey on analytics.chat_analytics
ALTER TABLE analytics.chat_analytics DROP CONSTRAINT chat_analytics_child_profile_id_fkey;

-- drop table calendar.child_profile
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE calendar.child_profile;

-- drop constraint chat_analytics_chat_session_id_fkey on analytics.chat_analytics
ALTER TABLE analytics.chat_analytics DROP CONSTRAINT chat_analytics_chat_session_id_fkey;

-- drop table calendar.chat_session
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE calendar.chat_session;

-- drop constraint chat_analytics_account_id_fkey on analytics.chat_analytics
ALTER TABLE analytics.chat_analytics DROP CONSTRAINT chat_analytics_account_id_fkey;

-- drop table analytics.chat_analytics
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE analytics.chat_analytics;

-- drop constraint calendar_analytics_calendar_id_fkey on analytics.calendar_analytics
ALTER TABLE analytics.calendar_analytics DROP CONSTRAINT calendar_analytics_calendar_id_fkey;

-- drop constraint calendar_analytics_account_id_fkey on analytics.calendar_analytics
ALTER TABLE analytics.calendar_analytics DROP CONSTRAINT calendar_analytics_account_id_fkey;

-- drop table users.account
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE users.account;

-- drop table analytics.calendar_analytics
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE analytics.calendar_analytics;

-- drop table calendar.advent_calendar
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE calendar.advent_calendar;

-- drop table analytics.audit_log
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE analytics.audit_log;

-- drop function users.stamp_password_change()
DROP FUNCTION users.stamp_password_change();

-- drop function users.purge_expired_sessions(interval)
DROP FUNCTION users.purge_expired_sessions(interval);

-- drop function users.is_org_member(uuid)
DROP FUNCTION users.is_org_member(uuid);

-- drop function users.is_org_admin(uuid)
DROP FUNCTION users.is_org_admin(uuid);

-- drop function users.end_sessions_on_credential_change()
DROP FUNCTION users.end_sessions_on_credential_change();

-- drop function users.bump_conversation_stats()
DROP FUNCTION users.bump_conversation_stats();

-- drop function calendar.touch_chat_session()
DROP FUNCTION calendar.touch_chat_session();

-- drop function calendar.purge_expired_memory()
DROP FUNCTION calendar.purge_expired_memory();

-- drop function calendar.nearest_memories(uuid, real[], integer)
DROP FUNCTION calendar.nearest_memories(uuid, real[], integer);

-- drop function calendar.guard_calendar_day()
DROP FUNCTION calendar.guard_calendar_day();

-- drop function calendar.cosine_similarity(real[], real[])
DROP FUNCTION calendar.cosine_similarity(real[], real[]);

-- drop function calendar.apply_calendar_state()
DROP FUNCTION calendar.apply_calendar_state();

-- drop function analytics.record_activity(uuid, date, boolean)
DROP FUNCTION analytics.record_activity(uuid, date, boolean);

-- drop table analytics.user_engagement
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE analytics.user_engagement;

-- drop function users.set_updated_at()
DROP FUNCTION users.set_updated_at();

-- drop function users.current_user_id()
DROP FUNCTION users.current_user_id();

-- drop function analytics.audit_row_change()
DROP FUNCTION analytics.audit_row_change();

-- drop domain users.language_code
DROP DOMAIN users.language_code;

-- drop domain users.email_address
DROP DOMAIN users.email_address;

-- drop sequence analytics.audit_log_id_seq
DROP SEQUENCE analytics.audit_log_id_seq;

-- drop type users.time_of_day
DROP TYPE users.time_of_day;

-- drop type users.therapy_provider_type
DROP TYPE users.therapy_provider_type;

-- drop type users.support_type
DROP TYPE users.support_type;

-- drop type users.stressor_category
DROP TYPE users.stressor_category;

-- drop type users.strength_category
DROP TYPE users.strength_category;

-- drop type users.severity_level
DROP TYPE users.severity_level;

-- drop type users.session_end_reason
DROP TYPE users.session_end_reason;

-- drop type users.role_model_kind
DROP TYPE users.role_model_kind;

-- drop type users.risk_category
DROP TYPE users.risk_category;

-- drop type users.response_length
DROP TYPE users.response_length;

-- drop type users.relationship_status_kind
DROP TYPE users.relationship_status_kind;

-- drop type users.person_relationship
DROP TYPE users.person_relationship;

-- drop type users.organization_role
DROP TYPE users.organization_role;

-- drop type users.organization_kind
DROP TYPE users.organization_kind;

-- drop type users.mood_source
DROP TYPE users.mood_source;

-- drop type users.message_role
DROP TYPE users.message_role;

-- drop type users.login_failure_reason
DROP TYPE users.login_failure_reason;

-- drop type users.living_arrangement
DROP TYPE users.living_arrangement;

-- drop type users.lineage
DROP TYPE users.lineage;

-- drop type users.insight_source
DROP TYPE users.insight_source;

-- drop type users.ideation_level
DROP TYPE users.ideation_level;

-- drop type users.habit_effect
DROP TYPE users.habit_effect;

-- drop type users.growth_status
DROP TYPE users.growth_status;

-- drop type users.goal_status
DROP TYPE users.goal_status;

-- drop type users.goal_category
DROP TYPE users.goal_category;

-- drop type users.frequency_level
DROP TYPE users.frequency_level;

-- drop type users.feedback_kind
DROP TYPE users.feedback_kind;

-- drop type users.detection_source
DROP TYPE users.detection_source;

-- drop type users.crisis_status
DROP TYPE users.crisis_status;

-- drop type users.crisis_category
DROP TYPE users.crisis_category;

-- drop type users.coping_category
DROP TYPE users.coping_category;

-- drop type users.conversation_status
DROP TYPE users.conversation_status;

-- drop type users.check_in_frequency
DROP TYPE users.check_in_frequency;

-- drop type users.availability_level
DROP TYPE users.availability_level;

-- drop type users.auth_token_purpose
DROP TYPE users.auth_token_purpose;

-- drop type users.auth_provider
DROP TYPE users.auth_provider;

-- drop type users.attachment_style
DROP TYPE users.attachment_style;

-- drop type users.ai_tone
DROP TYPE users.ai_tone;

-- drop type users.account_status
DROP TYPE users.account_status;

-- drop type users.account_role
DROP TYPE users.account_role;

-- drop type calendar.surprise_unlock_rule
DROP TYPE calendar.surprise_unlock_rule;

-- drop type calendar.moderation_result
DROP TYPE calendar.moderation_result;

-- drop type calendar.memory_kind
DROP TYPE calendar.memory_kind;

-- drop type calendar.media_status
DROP TYPE calendar.media_status;

-- drop type calendar.media_kind
DROP TYPE calendar.media_kind;

-- drop type calendar.day_content_type
DROP TYPE calendar.day_content_type;

-- drop type calendar.content_filter_level
DROP TYPE calendar.content_filter_level;

-- drop type calendar.chat_session_status
DROP TYPE calendar.chat_session_status;

-- drop type calendar.chat_sender
DROP TYPE calendar.chat_sender;

-- drop type calendar.calendar_status
DROP TYPE calendar.calendar_status;

-- drop type analytics.telemetry_source
DROP TYPE analytics.telemetry_source;

-- drop type analytics.share_channel
DROP TYPE analytics.share_channel;

-- drop type analytics.nps_category
DROP TYPE analytics.nps_category;

-- drop type analytics.metric_kind
DROP TYPE analytics.metric_kind;

-- drop type analytics.device_type
DROP TYPE analytics.device_type;

-- drop type analytics.chat_end_reason
DROP TYPE analytics.chat_end_reason;

-- drop type analytics.calendar_event_type
DROP TYPE analytics.calendar_event_type;

-- drop type analytics.audit_action
DROP TYPE analytics.audit_action;

-- drop extension pg_trgm
DROP EXTENSION pg_trgm;

-- drop extension citext
DROP EXTENSION citext;

-- drop schema users
DROP SCHEMA users;

-- drop schema calendar
DROP SCHEMA calendar;

-- drop schema analytics
DROP SCHEMA analytics;

