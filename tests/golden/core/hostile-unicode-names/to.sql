-- case: non-ASCII identifiers (quoted and unquoted; unquoted Größe folds only its ASCII G to "größe" while unquoted Ärger stays "Ärger") and a unicode enum survive add column, type change and index creation.
CREATE TYPE "Stimmung" AS ENUM ('fröhlich', 'müde', '😀');
CREATE TABLE café (
    id int PRIMARY KEY,
    "naïve" text,
    "日本語" text,
    Größe numeric(6, 2),
    Ärger "Stimmung",
    "🚀 launch" timestamptz
);
CREATE INDEX "café_日本語_idx" ON "café" ("日本語");
COMMENT ON TABLE café IS 'Ça marche — 日本語 👍';
