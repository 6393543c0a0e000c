-- schemac forward plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create table public.teams
CREATE TABLE public.teams (
    id integer NOT NULL,
    name text NOT NULL,
    captain_id integer,
    CONSTRAINT teams_pkey PRIMARY KEY (id)
);

-- create table public.players
CREATE TABLE public.players (
    id integer NOT NULL,
    team_id integer,
    name text NOT NULL,
    CONSTRAINT players_pkey PRIMARY KEY (id)
);

-- add constraint teams_captain_fk on public.teams
ALTER TABLE public.teams ADD CONSTRAINT teams_captain_fk FOREIGN KEY (captain_id) REFERENCES public.players (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;

-- add constraint players_team_id_fkey on public.players
ALTER TABLE public.players ADD CONSTRAINT players_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.teams (id);

COMMIT;
