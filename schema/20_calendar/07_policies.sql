-- Row-level security of the calendar domain. The parent account owns everything of its
-- family: app_user sees and edits its own rows; the child uses the app under the parent's
-- account. app_service (AI chat, media pipeline, TTL cleanup) sees all rows; app_admin reads
-- all rows and may moderate media and chat content.

ALTER TABLE calendar.media_asset ENABLE ROW LEVEL SECURITY;

CREATE POLICY media_asset_owner_all ON calendar.media_asset
    FOR ALL TO app_user
    USING (owner_account_id = users.current_user_id())
    WITH CHECK (owner_account_id = users.current_user_id());

CREATE POLICY media_asset_service_all ON calendar.media_asset
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY media_asset_admin_read ON calendar.media_asset
    FOR SELECT TO app_admin
    USING (true);

CREATE POLICY media_asset_admin_moderate ON calendar.media_asset
    FOR UPDATE TO app_admin
    USING (true)
    WITH CHECK (true);

ALTER TABLE calendar.family_settings ENABLE ROW LEVEL SECURITY;

CREATE POLICY family_settings_owner_all ON calendar.family_settings
    FOR ALL TO app_user
    USING (account_id = users.current_user_id())
    WITH CHECK (account_id = users.current_user_id());

CREATE POLICY family_settings_service_all ON calendar.family_settings
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY family_settings_admin_read ON calendar.family_settings
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE calendar.child_profile ENABLE ROW LEVEL SECURITY;

CREATE POLICY child_profile_owner_all ON calendar.child_profile
    FOR ALL TO app_user
    USING (account_id = users.current_user_id())
    WITH CHECK (account_id = users.current_user_id());

CREATE POLICY child_profile_service_all ON calendar.child_profile
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY child_profile_admin_read ON calendar.child_profile
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE calendar.advent_calendar ENABLE ROW LEVEL SECURITY;

CREATE POLICY advent_calendar_owner_all ON calendar.advent_calendar
    FOR ALL TO app_user
    USING (account_id = users.current_user_id())
    WITH CHECK (account_id = users.current_user_id());

CREATE POLICY advent_calendar_service_all ON calendar.advent_calendar
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY advent_calendar_admin_read ON calendar.advent_calendar
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE calendar.surprise_collection ENABLE ROW LEVEL SECURITY;

CREATE POLICY surprise_collection_owner_all ON calendar.surprise_collection
    FOR ALL TO app_user
    USING (EXISTS (SELECT 1 FROM calendar.advent_calendar AS c
                    WHERE c.id = calendar_id AND c.account_id = users.current_user_id()))
    WITH CHECK (EXISTS (SELECT 1 FROM calendar.advent_calendar AS c
                         WHERE c.id = calendar_id AND c.account_id = users.current_user_id()));

CREATE POLICY surprise_collection_service_all ON calendar.surprise_collection
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY surprise_collection_admin_read ON calendar.surprise_collection
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE calendar.surprise_video ENABLE ROW LEVEL SECURITY;

CREATE POLICY surprise_video_owner_all ON calendar.surprise_video
    FOR ALL TO app_user
    USING (EXISTS (SELECT 1
                     FROM calendar.surprise_collection AS s
                     JOIN calendar.advent_calendar AS c ON c.id = s.calendar_id
                    WHERE s.id = collection_id AND c.account_id = users.current_user_id()))
    WITH CHECK (EXISTS (SELECT 1
                          FROM calendar.surprise_collection AS s
                          JOIN calendar.advent_calendar AS c ON c.id = s.calendar_id
                         WHERE s.id = collection_id AND c.account_id = users.current_user_id()));

CREATE POLICY surprise_video_service_all ON calendar.surprise_video
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY surprise_video_admin_read ON calendar.surprise_video
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE calendar.calendar_day ENABLE ROW LEVEL SECURITY;

CREATE POLICY calendar_day_owner_all ON calendar.calendar_day
    FOR ALL TO app_user
    USING (EXISTS (SELECT 1 FROM calendar.advent_calendar AS c
                    WHERE c.id = calendar_id AND c.account_id = users.current_user_id()))
    WITH CHECK (EXISTS (SELECT 1 FROM calendar.advent_calendar AS c
                         WHERE c.id = calendar_id AND c.account_id = users.current_user_id()));

CREATE POLICY calendar_day_service_all ON calendar.calendar_day
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY calendar_day_admin_read ON calendar.calendar_day
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE calendar.chat_session ENABLE ROW LEVEL SECURITY;

CREATE POLICY chat_session_owner_all ON calendar.chat_session
    FOR ALL TO app_user
    USING (account_id = users.current_user_id())
    WITH CHECK (account_id = users.current_user_id());

CREATE POLICY chat_session_service_all ON calendar.chat_session
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY chat_session_admin_read ON calendar.chat_session
    FOR SELECT TO app_admin
    USING (true);

-- Chat messages: the family reads its chats and writes child/parent turns; assistant and
-- system turns come from the service.
ALTER TABLE calendar.chat_message ENABLE ROW LEVEL SECURITY;

CREATE POLICY chat_message_owner_select ON calendar.chat_message
    FOR SELECT TO app_user
    USING (account_id = users.current_user_id());

CREATE POLICY chat_message_owner_insert ON calendar.chat_message
    FOR INSERT TO app_user
    WITH CHECK (account_id = users.current_user_id() AND sender IN ('child', 'parent'));

CREATE POLICY chat_message_owner_delete ON calendar.chat_message
    FOR DELETE TO app_user
    USING (account_id = users.current_user_id());

CREATE POLICY chat_message_service_all ON calendar.chat_message
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY chat_message_admin_read ON calendar.chat_message
    FOR SELECT TO app_admin
    USING (true);

CREATE POLICY chat_message_admin_moderate ON calendar.chat_message
    FOR UPDATE TO app_admin
    USING (true)
    WITH CHECK (true);

-- Memory: written by the service only; parents can review and delete what is remembered.
ALTER TABLE calendar.memory_fragment ENABLE ROW LEVEL SECURITY;

CREATE POLICY memory_fragment_owner_select ON calendar.memory_fragment
    FOR SELECT TO app_user
    USING (account_id = users.current_user_id());

CREATE POLICY memory_fragment_owner_delete ON calendar.memory_fragment
    FOR DELETE TO app_user
    USING (account_id = users.current_user_id());

CREATE POLICY memory_fragment_service_all ON calendar.memory_fragment
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY memory_fragment_admin_read ON calendar.memory_fragment
    FOR SELECT TO app_admin
    USING (true);

ALTER TABLE calendar.memory_embedding ENABLE ROW LEVEL SECURITY;

CREATE POLICY memory_embedding_owner_select ON calendar.memory_embedding
    FOR SELECT TO app_user
    USING (account_id = users.current_user_id());

CREATE POLICY memory_embedding_owner_delete ON calendar.memory_embedding
    FOR DELETE TO app_user
    USING (account_id = users.current_user_id());

CREATE POLICY memory_embedding_service_all ON calendar.memory_embedding
    FOR ALL TO app_service
    USING (true)
    WITH CHECK (true);

CREATE POLICY memory_embedding_admin_read ON calendar.memory_embedding
    FOR SELECT TO app_admin
    USING (true);
