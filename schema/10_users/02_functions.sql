-- Generic functions shared by every domain: the caller identity used by row-level security
-- and the updated_at trigger function.

-- The application authenticates the end user itself and, in every transaction, runs
--     SELECT set_config('app.user_id', '<account uuid>', true);
-- while connected as a login role that is a member of app_user (see tools/bootstrap-roles.sql).
-- Policies compare owner columns with users.current_user_id(). An unset or empty setting yields
-- NULL, which matches no row (fail closed); a malformed value raises an error.
CREATE FUNCTION users.current_user_id()
    RETURNS uuid
    LANGUAGE sql
    STABLE
    PARALLEL SAFE
AS $$
    SELECT nullif(current_setting('app.user_id', true), '')::uuid
$$;

COMMENT ON FUNCTION users.current_user_id() IS 'Account id of the end user on whose behalf the session acts (setting app.user_id), or NULL.';

-- BEFORE UPDATE trigger function: every table with an updated_at column uses it, in all domains.
CREATE FUNCTION users.set_updated_at()
    RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

COMMENT ON FUNCTION users.set_updated_at() IS 'BEFORE UPDATE row trigger: stamps updated_at with the transaction time.';
