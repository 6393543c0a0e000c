CREATE TABLE "Files" (
    id bigint PRIMARY KEY,
    path text NOT NULL,
    ext text COLLATE "POSIX"
);
CREATE INDEX files_path_idx ON "Files" (path);
