-- case: dropping an enum type that nothing uses (with its comment); rollback recreates it with the same label order and comment.
CREATE TYPE kept AS ENUM ('a', 'b');
