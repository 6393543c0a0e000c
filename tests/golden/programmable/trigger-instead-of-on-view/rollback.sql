-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop trigger user_cards_insert on public.user_cards
DROP TRIGGER user_cards_insert ON public.user_cards;

-- drop function public.user_cards_insert()
DROP FUNCTION public.user_cards_insert();

COMMIT;
