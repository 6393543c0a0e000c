-- schemac rollback plan: 5 steps
-- hazards: blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint prices_settle_currency_fkey on public.prices
ALTER TABLE public.prices DROP CONSTRAINT prices_settle_currency_fkey;

-- drop constraint prices_currency_fkey on public.prices
ALTER TABLE public.prices DROP CONSTRAINT prices_currency_fkey;

-- alter column public.prices.settle_currency (drop default)
ALTER TABLE public.prices ALTER COLUMN settle_currency DROP DEFAULT;

-- add constraint prices_currency_fkey on public.prices
-- hazards: blocks-writes, long-scan, data-dependent
ALTER TABLE public.prices ADD CONSTRAINT prices_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies (code);

-- add constraint prices_settle_currency_fkey on public.prices
-- hazards: blocks-writes, long-scan, data-dependent
ALTER TABLE public.prices ADD CONSTRAINT prices_settle_currency_fkey FOREIGN KEY (settle_currency) REFERENCES public.currencies (code) ON UPDATE CASCADE;

COMMIT;
