-- Bulk sends: the request, and one row per recipient (the key that keeps a restarted job from texting anyone twice).
CREATE SEQUENCE bulk_send_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE bulk_send (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    version          BIGINT                   NOT NULL,
    kind             VARCHAR(16)              NOT NULL,
    line_id          BIGINT                   NOT NULL REFERENCES sender_line (id),
    template_id      BIGINT,
    body             TEXT,
    recipient_ids    TEXT                     NOT NULL,
    author_id        VARCHAR(64),
    job_execution_id BIGINT,
    stopped          BOOLEAN                  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE bulk_recipient (
    bulk_send_id  BIGINT       NOT NULL REFERENCES bulk_send (id),
    recipient_id  VARCHAR(64)  NOT NULL,
    message_id    BIGINT REFERENCES message (id),
    skip_reason   VARCHAR(200),
    PRIMARY KEY (bulk_send_id, recipient_id)
);
CREATE INDEX bulk_recipient_message_idx ON bulk_recipient (message_id);
