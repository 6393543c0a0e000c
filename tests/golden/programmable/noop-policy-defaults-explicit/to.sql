-- case: policy defaults written out (AS PERMISSIVE, FOR ALL, TO PUBLIC), role lists in another order, role names in another case, and USING expressions written as PostgreSQL prints them (explicit casts, parentheses, qualified table) are an empty diff.
CREATE TABLE public.calendars (
    id bigint PRIMARY KEY,
    owner_id uuid NOT NULL,
    shared boolean NOT NULL DEFAULT false
);

ALTER TABLE public.calendars ENABLE ROW LEVEL SECURITY;

CREATE POLICY calendars_owner ON public.calendars
    AS PERMISSIVE
    FOR ALL
    TO PUBLIC
    USING ((owner_id = (current_setting('app.user_id'::text, true))::uuid));

CREATE POLICY calendars_shared ON public.calendars
    AS PERMISSIVE
    FOR SELECT
    TO APP_WRITER, "app_reader"
    USING ((calendars.shared));
