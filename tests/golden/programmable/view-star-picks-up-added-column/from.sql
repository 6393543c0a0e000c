CREATE TABLE media_assets (
    id bigint PRIMARY KEY,
    url text NOT NULL,
    kind text NOT NULL
);

CREATE VIEW all_media AS
    SELECT * FROM media_assets;
