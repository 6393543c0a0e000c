-- case: dropping an attribute of a composite type used by a table column is ALTER TYPE ... DROP ATTRIBUTE ... CASCADE, which deletes that field's data in stored values while keeping the other fields.
CREATE TYPE chat_turn AS (
    speaker text,
    message text,
    sentiment real
);

CREATE TABLE chat_transcripts (
    id bigint PRIMARY KEY,
    last_turn chat_turn
);
