-- case: ALTER POLICY cannot change the command a policy applies to, so a FOR ALL policy that becomes FOR DELETE is dropped and recreated.
CREATE TABLE discussion_posts (
    id bigint PRIMARY KEY,
    author_id bigint NOT NULL,
    body text NOT NULL
);

ALTER TABLE discussion_posts ENABLE ROW LEVEL SECURITY;

CREATE POLICY discussion_posts_author ON discussion_posts
    FOR DELETE
    TO app_writer
    USING (author_id = current_setting('app.user_id', true)::bigint);
