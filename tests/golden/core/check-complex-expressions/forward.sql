-- schemac forward plan: 10 steps
-- hazards: access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add constraint bookings_country_upper on public.bookings
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.bookings ADD CONSTRAINT bookings_country_upper CHECK (country ~ '^[A-Z]{2}$');

-- add constraint bookings_coupon_prefix on public.bookings
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.bookings ADD CONSTRAINT bookings_coupon_prefix CHECK (coupon IS NULL OR coupon LIKE 'SUMMER-%' OR coupon ILIKE 'winter-%');

-- add constraint bookings_dates on public.bookings
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.bookings ADD CONSTRAINT bookings_dates CHECK (check_out > check_in AND (check_out - check_in) <= 30);

-- add constraint bookings_deposit_by_kind on public.bookings
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.bookings ADD CONSTRAINT bookings_deposit_by_kind CHECK (CASE kind WHEN 'group' THEN deposit IS NOT NULL AND deposit >= 50 WHEN 'standard' THEN true ELSE false END);

-- add constraint bookings_email_format on public.bookings
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.bookings ADD CONSTRAINT bookings_email_format CHECK (email ~* E'^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$' AND email NOT LIKE '% %');

-- add constraint bookings_guests_range on public.bookings
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.bookings ADD CONSTRAINT bookings_guests_range CHECK (guests BETWEEN 1 AND 12);

-- add constraint bookings_notes_len on public.bookings
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.bookings ADD CONSTRAINT bookings_notes_len CHECK (length(COALESCE(notes, '')) <= 500);

-- add constraint bookings_rate_cast on public.bookings
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.bookings ADD CONSTRAINT bookings_rate_cast CHECK (nightly_rate::int < 10000);

-- add constraint bookings_status_check on public.bookings
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.bookings ADD CONSTRAINT bookings_status_check CHECK (status IN ('pending', 'confirmed', 'cancelled'));

-- add constraint bookings_year_check on public.bookings
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.bookings ADD CONSTRAINT bookings_year_check CHECK (extract ('year' FROM check_in)::int >= 2020 AND check_in::timestamp < '2100-01-01 00:00:00'::timestamp);

COMMIT;
