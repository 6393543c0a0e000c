CREATE TABLE media_assets (
    id bigint PRIMARY KEY,
    owner_id bigint NOT NULL,
    quarantined boolean NOT NULL DEFAULT false
);

ALTER TABLE media_assets ENABLE ROW LEVEL SECURITY;

CREATE POLICY media_assets_owner ON media_assets
    USING (owner_id = current_setting('app.user_id', true)::bigint);

CREATE POLICY media_assets_not_quarantined ON media_assets
    AS PERMISSIVE
    FOR SELECT
    USING (NOT quarantined);
