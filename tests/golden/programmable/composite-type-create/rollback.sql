-- schemac rollback plan: 4 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop column public.orders.refund
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.orders DROP COLUMN refund;

-- drop function public.money_format(public.money_amount)
DROP FUNCTION public.money_format(public.money_amount);

-- drop function public.money_add(public.money_amount, public.money_amount)
DROP FUNCTION public.money_add(public.money_amount, public.money_amount);

-- drop type public.money_amount
DROP TYPE public.money_amount;

COMMIT;
