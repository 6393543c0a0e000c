CREATE DOMAIN hex_color AS text
    CONSTRAINT hex_color_format CHECK (VALUE ~ '^#[0-9a-fA-F]{6}$');

CREATE TABLE calendar_themes (
    id bigint PRIMARY KEY,
    primary_color hex_color NOT NULL
);
