-- Marketing consent, by number: every time it was given or withdrawn (the latest decides), how, the wording shown to
-- the customer, and who recorded it.
CREATE SEQUENCE marketing_consent_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE marketing_consent (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    phone_number VARCHAR(16)              NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    given        BOOLEAN                  NOT NULL,
    source       VARCHAR(16)              NOT NULL,
    wording      VARCHAR(1600),
    note         VARCHAR(500),
    recorded_by  VARCHAR(200)
);
CREATE INDEX marketing_consent_number_idx ON marketing_consent (phone_number, id);

-- Why a text goes out: TRANSACTIONAL (replies, appointment texts, notifications) or MARKETING (marketing templates and
-- bulk sends), which goes only to numbers with marketing consent.
ALTER TABLE message ADD COLUMN purpose VARCHAR(16) DEFAULT 'TRANSACTIONAL' NOT NULL;
ALTER TABLE message_template ADD COLUMN marketing BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE bulk_send ADD COLUMN marketing BOOLEAN DEFAULT FALSE NOT NULL;

-- One row: the keyword a customer texts to sign up for marketing (none until set) and the invitation's wording, which
-- a consent given by keyword records.
CREATE TABLE marketing_sign_up (
    id      INTEGER NOT NULL PRIMARY KEY,
    version BIGINT  NOT NULL,
    keyword VARCHAR(32),
    wording VARCHAR(1600)
);
INSERT INTO marketing_sign_up (id, version) VALUES (1, 0);
