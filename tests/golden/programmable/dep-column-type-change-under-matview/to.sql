-- case: retyping a column (duration_ms integer to bigint) read by a materialized view needs the materialized view dropped first and recreated (repopulated, sum now numeric) with its unique index and grant after the ALTER; rows are kept.
CREATE TABLE page_views (
    id bigint PRIMARY KEY,
    classroom_id integer NOT NULL,
    duration_ms bigint NOT NULL
);

CREATE MATERIALIZED VIEW classroom_view_time AS
    SELECT classroom_id, sum(duration_ms) AS total_ms
    FROM page_views
    GROUP BY classroom_id;

CREATE UNIQUE INDEX classroom_view_time_classroom_id_idx ON classroom_view_time (classroom_id);
GRANT SELECT ON classroom_view_time TO app_reader;
