-- The audit trail: who changed what and when, values before and after as JSON. Rows are only ever inserted.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(200)             NOT NULL,
    action       VARCHAR(64)              NOT NULL,
    subject      VARCHAR(200),
    before_value VARCHAR(8000),
    after_value  VARCHAR(8000)
);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject);
