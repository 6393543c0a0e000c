-- case: SELECT * in a view is expanded when the view is created, so adding a table column also needs the view replaced (columns appended: CREATE OR REPLACE VIEW) even though the view's text did not change.
CREATE TABLE media_assets (
    id bigint PRIMARY KEY,
    url text NOT NULL,
    kind text NOT NULL,
    alt_text text
);

CREATE VIEW all_media AS
    SELECT * FROM media_assets;
