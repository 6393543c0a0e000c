-- case: a domain CHECK tightened with NOT VALID (ALTER DOMAIN ... ADD CONSTRAINT ... NOT VALID after the domain) is added without checking existing values, so a legacy uppercase color stays while new values must be lowercase.
CREATE DOMAIN hex_color AS text
    CONSTRAINT hex_color_format CHECK (VALUE ~ '^#[0-9a-fA-F]{6}$');

ALTER DOMAIN hex_color
    ADD CONSTRAINT hex_color_lowercase CHECK (VALUE = lower(VALUE)) NOT VALID;

CREATE TABLE calendar_themes (
    id bigint PRIMARY KEY,
    primary_color hex_color NOT NULL
);
