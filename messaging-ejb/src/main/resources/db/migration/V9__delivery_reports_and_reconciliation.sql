-- Status callbacks for a MessageSid whose text is not recorded yet (the carrier reported before the outbox wrote the
-- SID): kept until the text's record lands, then applied; one that never matches is pruned after a day.
CREATE SEQUENCE delivery_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE delivery_report (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    carrier_sid VARCHAR(64)              NOT NULL,
    status      VARCHAR(16)              NOT NULL,
    error_code  VARCHAR(32),
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX delivery_report_sid_idx ON delivery_report (carrier_sid);
CREATE INDEX delivery_report_received_idx ON delivery_report (received_at);

-- Reconciliation with the carrier's message log. A received text read back from the log (its webhook never came) too
-- late for automatic answers is marked as such. An outbound text's final status is read from the log once, a while
-- after the carrier took it, when its callbacks did not settle it.
ALTER TABLE message ADD COLUMN recovered_late BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE message ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE message ADD COLUMN status_checked_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX message_status_check_idx ON message (delivery_status, status_checked_at, sent_at);

-- One row: which instance reads the log now (a lease, so that one instance of a cluster runs it at a time) and the
-- time up to which the log has been read.
CREATE TABLE reconciliation (
    id           INTEGER                  NOT NULL PRIMARY KEY,
    read_up_to   TIMESTAMP WITH TIME ZONE,
    leased_until TIMESTAMP WITH TIME ZONE,
    leased_by    VARCHAR(64)
);
INSERT INTO reconciliation (id) VALUES (1);
