-- Two-way texting: conversations and their messages (which double as the outbox), attachments, opt-outs.

-- How many messages a line may send per second (long codes about 1, toll-free 3, short codes 100).
ALTER TABLE sender_line ADD COLUMN messages_per_second DOUBLE PRECISION DEFAULT 1 NOT NULL;

-- One conversation per (line, other party). Customer and employee ids are the directory's (a host's ids are strings).
CREATE SEQUENCE conversation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE conversation (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    line_id         BIGINT                   NOT NULL REFERENCES sender_line (id),
    external_number VARCHAR(16)              NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    claimed_by_id   VARCHAR(64),
    customer_id     VARCHAR(64),
    employee_id     VARCHAR(64),
    last_message_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT conversation_line_number_uq UNIQUE (line_id, external_number)
);
CREATE INDEX conversation_external_number_idx ON conversation (external_number);
CREATE INDEX conversation_last_message_at_idx ON conversation (last_message_at);
CREATE INDEX conversation_customer_idx ON conversation (customer_id);
CREATE INDEX conversation_employee_idx ON conversation (employee_id);

-- Every text in or out, and internal notes. An outbound message is written QUEUED in the transaction that caused it
-- and sent by the dispatcher after commit: this table is the outbox. carrier_sid is Twilio's MessageSid (unique: a
-- retried webhook stores nothing twice).
CREATE SEQUENCE message_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE message (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    conversation_id BIGINT                   NOT NULL REFERENCES conversation (id),
    direction       VARCHAR(16)              NOT NULL,
    kind            VARCHAR(20)              NOT NULL,
    body            TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed        BOOLEAN                  NOT NULL,
    author_id       VARCHAR(64),
    segments        INTEGER                  NOT NULL,
    delivery_status VARCHAR(16),
    error_code      VARCHAR(32),
    error_message   VARCHAR(500),
    carrier_sid     VARCHAR(64),
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    sending_since   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT message_carrier_sid_uq UNIQUE (carrier_sid)
);
CREATE INDEX message_conversation_idx ON message (conversation_id, created_at);
CREATE INDEX message_outbox_idx ON message (delivery_status, next_attempt_at);

-- Media of a message: for inbound MMS the carrier's URL (fetched with the account's credentials), for outbound the
-- public URL handed to the carrier.
CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE attachment (
    id           BIGINT        NOT NULL PRIMARY KEY,
    message_id   BIGINT        NOT NULL REFERENCES message (id),
    position     INTEGER       NOT NULL,
    source_url   VARCHAR(2000) NOT NULL,
    content_type VARCHAR(200)  NOT NULL
);
CREATE INDEX attachment_message_idx ON attachment (message_id);

-- Documentation a conversation is tied to.
CREATE TABLE conversation_appointment (
    conversation_id BIGINT      NOT NULL REFERENCES conversation (id),
    appointment_id  VARCHAR(64) NOT NULL,
    PRIMARY KEY (conversation_id, appointment_id)
);

-- Numbers that said STOP (or that the carrier reports as opted out). Never texted until they opt in again.
CREATE TABLE opt_out (
    phone_number VARCHAR(16)              NOT NULL PRIMARY KEY,
    opted_out_at TIMESTAMP WITH TIME ZONE NOT NULL,
    source       VARCHAR(32)              NOT NULL
);

-- Secrets the module generates for itself (e.g. the key that signs media URLs), shared by every instance.
CREATE TABLE module_secret (
    name         VARCHAR(64)  NOT NULL PRIMARY KEY,
    secret_value VARCHAR(200) NOT NULL
);
