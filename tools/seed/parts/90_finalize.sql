-- Determinism fix-ups. Triggers stamped some values with now() (updated_at of rows whose
-- counters were maintained by triggers, audit rows written by triggers). now() is the same
-- instant for the whole transaction, so exactly those values equal now(); rewrite them to
-- values derived from the data. session_replication_role = replica disables the triggers for
-- these few bookkeeping updates only (the data itself was checked when inserted).

SET LOCAL session_replication_role = replica;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.table_schema, c.table_name
          FROM information_schema.columns AS c
          JOIN information_schema.tables AS tb
            ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
         WHERE c.table_schema IN ('users', 'calendar', 'analytics', 'classroom')
           AND c.column_name = 'updated_at'
         ORDER BY 1, 2
    LOOP
        EXECUTE format('UPDATE %I.%I SET updated_at = greatest(created_at, %L::timestamptz) WHERE updated_at = now()',
                       t.table_schema, t.table_name, '2026-01-31 23:00:00+00');
    END LOOP;
END
$$;

-- Trigger-written audit rows: their row images carry updated_at = now() too; give them the
-- same replacement value as above and date the entry by the row's (new) updated_at.
UPDATE analytics.audit_log AS a
   SET new_data = CASE WHEN (a.new_data ->> 'updated_at')::timestamptz = now()
                       THEN jsonb_set(a.new_data, '{updated_at}',
                                      to_jsonb(greatest((a.new_data ->> 'created_at')::timestamptz, timestamptz '2026-01-31 23:00:00+00')))
                       ELSE a.new_data END,
       old_data = CASE WHEN (a.old_data ->> 'updated_at')::timestamptz = now()
                       THEN jsonb_set(a.old_data, '{updated_at}',
                                      to_jsonb(greatest((a.old_data ->> 'created_at')::timestamptz, timestamptz '2026-01-31 23:00:00+00')))
                       ELSE a.old_data END,
       transaction_id = 0
 WHERE a.occurred_at = now();

UPDATE analytics.audit_log
   SET occurred_at = coalesce((coalesce(new_data, old_data) ->> 'updated_at')::timestamptz,
                              (coalesce(new_data, old_data) ->> 'created_at')::timestamptz,
                              timestamptz '2026-01-31 23:00:00+00')
 WHERE occurred_at = now();

UPDATE classroom.learner_profile SET last_active_at = created_at WHERE last_active_at = now();

UPDATE classroom.book_submission
   SET submitted_at = CASE WHEN submitted_at = now() THEN created_at + interval '1 day' ELSE submitted_at END,
       stage_changed_at = created_at + interval '1 day'
 WHERE stage_changed_at = now();

RESET session_replication_role;

REFRESH MATERIALIZED VIEW analytics.calendar_daily_stats;
