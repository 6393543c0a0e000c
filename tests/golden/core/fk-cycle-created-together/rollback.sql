-- schemac rollback plan: 4 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint players_team_id_fkey on public.players
ALTER TABLE public.players DROP CONSTRAINT players_team_id_fkey;

-- drop constraint teams_captain_fk on public.teams
ALTER TABLE public.teams DROP CONSTRAINT teams_captain_fk;

-- drop table public.players
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.players;

-- drop table public.teams
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.teams;

COMMIT;
