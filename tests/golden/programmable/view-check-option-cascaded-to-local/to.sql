-- case: WITH CHECK OPTION means CASCADED; switching the top view of a chain to check_option = local is a reloption change, after which rows hidden only by the lower view may be inserted through it.
CREATE TABLE surprises (
    id bigint PRIMARY KEY,
    calendar_id bigint NOT NULL,
    kind text NOT NULL,
    approved boolean NOT NULL DEFAULT false
);

CREATE VIEW approved_surprises AS
    SELECT id, calendar_id, kind, approved FROM surprises WHERE approved;

CREATE VIEW approved_video_surprises WITH (check_option = local) AS
    SELECT id, calendar_id, kind, approved FROM approved_surprises WHERE kind = 'video';
