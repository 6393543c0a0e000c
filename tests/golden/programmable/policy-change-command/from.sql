CREATE TABLE discussion_posts (
    id bigint PRIMARY KEY,
    author_id bigint NOT NULL,
    body text NOT NULL
);

ALTER TABLE discussion_posts ENABLE ROW LEVEL SECURITY;

CREATE POLICY discussion_posts_author ON discussion_posts
    FOR ALL
    TO app_writer
    USING (author_id = current_setting('app.user_id', true)::bigint);
