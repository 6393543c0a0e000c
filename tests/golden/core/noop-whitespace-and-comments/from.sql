CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL DEFAULT 'x', created_at timestamptz DEFAULT now());
CREATE INDEX t_name_idx ON t (name);
