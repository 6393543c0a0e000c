CREATE TABLE surprises (
    id bigint PRIMARY KEY,
    calendar_id bigint NOT NULL,
    kind text NOT NULL,
    approved boolean NOT NULL DEFAULT false
);

CREATE VIEW approved_surprises AS
    SELECT id, calendar_id, kind, approved FROM surprises WHERE approved;

CREATE VIEW approved_video_surprises AS
    SELECT id, calendar_id, kind, approved FROM approved_surprises WHERE kind = 'video'
    WITH CHECK OPTION;
