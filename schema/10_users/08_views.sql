-- Views of the users domain. All are security_invoker: they run with the caller's rights, so
-- the row-level security of the underlying tables applies to whoever reads them.

CREATE VIEW users.active_session
    WITH (security_invoker = true)
AS
SELECT s.id,
       s.account_id,
       s.created_ip,
       s.last_seen_ip,
       s.user_agent,
       s.device_label,
       s.mfa_verified_at IS NOT NULL AS mfa_verified,
       s.created_at,
       s.last_seen_at,
       s.expires_at
  FROM users.account_session AS s
 WHERE s.ended_at IS NULL
   AND s.expires_at > now();

COMMENT ON VIEW users.active_session IS 'Sessions that are neither ended nor expired ("where am I logged in"); no token material.';

CREATE VIEW users.user_memory_overview
    WITH (security_invoker = true)
AS
SELECT p.user_id,
       p.memory_version,
       p.last_summarized_at,
       (SELECT count(*) FROM users.user_conversations AS c WHERE c.user_id = p.user_id) AS conversations,
       (SELECT count(*) FROM users.user_themes AS t WHERE t.user_id = p.user_id AND t.is_active) AS active_themes,
       (SELECT count(*) FROM users.user_people AS pe WHERE pe.user_id = p.user_id) AS people,
       (SELECT count(*) FROM users.user_goals AS g WHERE g.user_id = p.user_id AND g.status = 'active') AS active_goals,
       (SELECT count(*) FROM users.user_goals AS g WHERE g.user_id = p.user_id AND g.status = 'achieved') AS achieved_goals,
       (SELECT count(*) FROM users.user_coping_tools AS ct WHERE ct.user_id = p.user_id) AS coping_tools,
       (SELECT count(*) FROM users.user_current_stressors AS st WHERE st.user_id = p.user_id AND st.resolved_on IS NULL) AS open_stressors,
       (SELECT count(*) FROM users.user_risk_factors AS r WHERE r.user_id = p.user_id AND r.is_current AND r.severity IN ('high', 'critical')) AS serious_risk_factors,
       (SELECT count(*) FROM users.user_crisis_flags AS f WHERE f.user_id = p.user_id AND f.status IN ('open', 'acknowledged', 'escalated')) AS unresolved_crisis_flags,
       (SELECT round(avg(m.mood_score), 2)
          FROM users.user_mood_trends AS m
         WHERE m.user_id = p.user_id
           AND m.recorded_on > current_date - 30) AS mood_avg_30d
  FROM users.user_profile_summary AS p;

COMMENT ON VIEW users.user_memory_overview IS 'Memory statistics per user (profile router''s "memory statistics"); RLS limits it to the caller''s own row.';

CREATE VIEW users.crisis_triage_queue
    WITH (security_invoker = true)
AS
SELECT f.id,
       f.user_id,
       a.display_name,
       f.category,
       f.severity,
       f.status,
       f.detected_by,
       f.detector_confidence,
       f.created_at,
       f.acknowledged_at,
       now() - f.created_at AS waiting
  FROM users.user_crisis_flags AS f
  JOIN users.account AS a ON a.id = f.user_id
 WHERE f.status IN ('open', 'acknowledged', 'escalated')
 ORDER BY f.severity DESC, f.created_at;

COMMENT ON VIEW users.crisis_triage_queue IS 'Unresolved crisis flags for the safety team, most severe and oldest first.';
