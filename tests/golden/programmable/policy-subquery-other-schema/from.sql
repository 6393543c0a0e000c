CREATE SCHEMA users;
CREATE SCHEMA classroom;

CREATE TABLE users.memberships (
    user_id bigint NOT NULL,
    classroom_id integer NOT NULL,
    role text NOT NULL,
    PRIMARY KEY (user_id, classroom_id)
);

CREATE TABLE classroom.submissions (
    id bigint PRIMARY KEY,
    classroom_id integer NOT NULL,
    student_id bigint NOT NULL,
    body text
);
