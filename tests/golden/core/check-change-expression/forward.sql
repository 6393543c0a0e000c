-- schemac forward plan: 4 steps
-- hazards: access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint reviews_rating_check on public.reviews
ALTER TABLE public.reviews DROP CONSTRAINT reviews_rating_check;

-- drop constraint reviews_body_len on public.reviews
ALTER TABLE public.reviews DROP CONSTRAINT reviews_body_len;

-- add constraint reviews_body_len on public.reviews
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.reviews ADD CONSTRAINT reviews_body_len CHECK (body IS NULL OR length(body) BETWEEN 2 AND 5000);

-- add constraint reviews_rating_check on public.reviews
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.reviews ADD CONSTRAINT reviews_rating_check CHECK (rating BETWEEN 1 AND 10);

COMMIT;
