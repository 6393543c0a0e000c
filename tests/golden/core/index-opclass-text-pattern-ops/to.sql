-- case: changing an index to use the text_pattern_ops opclass (for LIKE 'prefix%') and adding a varchar_pattern_ops index replaces the index under the same name.
CREATE TABLE urls (
    id bigint PRIMARY KEY,
    path text NOT NULL,
    host varchar(255) NOT NULL
);
CREATE INDEX urls_path_idx ON urls (path text_pattern_ops);
CREATE INDEX urls_host_prefix_idx ON urls (host varchar_pattern_ops);
