-- case: an INSTEAD OF INSERT trigger on a join view (not auto-updatable) is created after the view and its function, and inserts through the view then land in both tables.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE TABLE user_profiles (
    user_id bigint PRIMARY KEY REFERENCES users (id),
    display_name text
);

CREATE VIEW user_cards AS
    SELECT u.id, u.email, p.display_name
    FROM users u
    LEFT JOIN user_profiles p ON p.user_id = u.id;

CREATE FUNCTION user_cards_insert() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO public.users (id, email) VALUES (NEW.id, NEW.email);
    INSERT INTO public.user_profiles (user_id, display_name) VALUES (NEW.id, NEW.display_name);
    RETURN NEW;
END;
$$;

CREATE TRIGGER user_cards_insert
    INSTEAD OF INSERT ON user_cards
    FOR EACH ROW
    EXECUTE FUNCTION user_cards_insert();
