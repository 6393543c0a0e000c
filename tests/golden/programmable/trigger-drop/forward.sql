-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop trigger memory_fragments_count_words on public.memory_fragments
DROP TRIGGER memory_fragments_count_words ON public.memory_fragments;

-- drop function public.count_words()
DROP FUNCTION public.count_words();

COMMIT;
