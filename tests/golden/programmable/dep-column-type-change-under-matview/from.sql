CREATE TABLE page_views (
    id bigint PRIMARY KEY,
    classroom_id integer NOT NULL,
    duration_ms integer NOT NULL
);

CREATE MATERIALIZED VIEW classroom_view_time AS
    SELECT classroom_id, sum(duration_ms) AS total_ms
    FROM page_views
    GROUP BY classroom_id;

CREATE UNIQUE INDEX classroom_view_time_classroom_id_idx ON classroom_view_time (classroom_id);
GRANT SELECT ON classroom_view_time TO app_reader;
