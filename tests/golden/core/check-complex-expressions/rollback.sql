-- schemac rollback plan: 10 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint bookings_year_check on public.bookings
ALTER TABLE public.bookings DROP CONSTRAINT bookings_year_check;

-- drop constraint bookings_status_check on public.bookings
ALTER TABLE public.bookings DROP CONSTRAINT bookings_status_check;

-- drop constraint bookings_rate_cast on public.bookings
ALTER TABLE public.bookings DROP CONSTRAINT bookings_rate_cast;

-- drop constraint bookings_notes_len on public.bookings
ALTER TABLE public.bookings DROP CONSTRAINT bookings_notes_len;

-- drop constraint bookings_guests_range on public.bookings
ALTER TABLE public.bookings DROP CONSTRAINT bookings_guests_range;

-- drop constraint bookings_email_format on public.bookings
ALTER TABLE public.bookings DROP CONSTRAINT bookings_email_format;

-- drop constraint bookings_deposit_by_kind on public.bookings
ALTER TABLE public.bookings DROP CONSTRAINT bookings_deposit_by_kind;

-- drop constraint bookings_dates on public.bookings
ALTER TABLE public.bookings DROP CONSTRAINT bookings_dates;

-- drop constraint bookings_coupon_prefix on public.bookings
ALTER TABLE public.bookings DROP CONSTRAINT bookings_coupon_prefix;

-- drop constraint bookings_country_upper on public.bookings
ALTER TABLE public.bookings DROP CONSTRAINT bookings_country_upper;

COMMIT;
