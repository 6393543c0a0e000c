CREATE TYPE legacy_color AS ENUM ('red', 'green', 'blue');
CREATE TYPE kept AS ENUM ('a', 'b');
COMMENT ON TYPE legacy_color IS 'replaced by hex codes';
