-- case: dropping a trigger and its now-unused trigger function drops the trigger first (the function is referenced by it); rows keep the values the trigger computed.
CREATE TABLE memory_fragments (
    id bigint PRIMARY KEY,
    body text NOT NULL,
    word_count integer
);
