-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function public.count_words()
CREATE FUNCTION public.count_words()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.word_count := coalesce(array_length(regexp_split_to_array(btrim(NEW.body), '\s+'), 1), 0);
    RETURN NEW;
END;
$function$;

-- create trigger memory_fragments_count_words on public.memory_fragments
CREATE TRIGGER memory_fragments_count_words BEFORE INSERT OR UPDATE OF body ON public.memory_fragments FOR EACH ROW EXECUTE FUNCTION public.count_words();

COMMIT;
