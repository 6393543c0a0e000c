CREATE TYPE chat_turn AS (
    speaker text,
    message text,
    sentiment real,
    legacy_score integer
);

CREATE TABLE chat_transcripts (
    id bigint PRIMARY KEY,
    last_turn chat_turn
);
