-- case: switching a default-collated indexed column to COLLATE "C" and a POSIX column to "C" changes collations while keeping data and rebuilding the index.
CREATE TABLE "Files" (
    id bigint PRIMARY KEY,
    path text COLLATE "C" NOT NULL,
    ext text COLLATE "C"
);
CREATE INDEX files_path_idx ON "Files" (path);
