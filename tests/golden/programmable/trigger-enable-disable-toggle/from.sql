CREATE TABLE chat_messages (
    id bigint PRIMARY KEY,
    body text NOT NULL,
    flagged boolean NOT NULL DEFAULT false
);

CREATE FUNCTION flag_message() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.flagged := NEW.body ~* 'password';
    RETURN NEW;
END;
$$;

CREATE TRIGGER chat_messages_flag
    BEFORE INSERT ON chat_messages
    FOR EACH ROW
    EXECUTE FUNCTION flag_message();

CREATE TRIGGER chat_messages_flag_replica
    BEFORE INSERT ON chat_messages
    FOR EACH ROW
    EXECUTE FUNCTION flag_message();

CREATE TRIGGER chat_messages_flag_always
    BEFORE INSERT ON chat_messages
    FOR EACH ROW
    EXECUTE FUNCTION flag_message();

ALTER TABLE chat_messages DISABLE TRIGGER chat_messages_flag;
ALTER TABLE chat_messages ENABLE REPLICA TRIGGER chat_messages_flag_always;
