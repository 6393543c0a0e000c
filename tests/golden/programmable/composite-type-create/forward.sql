-- schemac forward plan: 5 steps
-- hazards: access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create type public.money_amount
CREATE TYPE public.money_amount AS (cents bigint, currency character(3));

-- create function public.money_add(public.money_amount, public.money_amount)
CREATE FUNCTION public.money_add(a public.money_amount, b public.money_amount)
  RETURNS public.money_amount
  LANGUAGE plpgsql
  IMMUTABLE STRICT
AS $function$
BEGIN
    IF a.currency <> b.currency THEN
        RAISE EXCEPTION 'currency mismatch: % vs %', a.currency, b.currency;
    END IF;
    RETURN ROW(a.cents + b.cents, a.currency)::public.money_amount;
END;
$function$;

-- create function public.money_format(public.money_amount)
CREATE FUNCTION public.money_format(m public.money_amount)
  RETURNS text
  LANGUAGE sql
  IMMUTABLE
RETURN (to_char((m).cents / 100.0, 'FM999999990.00') || ' ') || (m).currency;

-- add column public.orders.refund
-- hazards: access-exclusive-lock
ALTER TABLE public.orders ADD COLUMN refund public.money_amount;

-- comment on type public.money_amount
COMMENT ON TYPE public.money_amount IS 'Amount in minor units with ISO currency';

COMMIT;
