CREATE TABLE metrics (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    value double precision NOT NULL
);

CREATE MATERIALIZED VIEW metric_averages AS
    SELECT name, avg(value) AS avg_value FROM metrics GROUP BY name;

CREATE UNIQUE INDEX metric_averages_name_idx ON metric_averages (name);
