-- Company settings (merge fields, vCard, time zone), templates, auto-responders and status notification settings.

CREATE TABLE company_settings (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL,
    name       VARCHAR(200),
    phone      VARCHAR(16),
    email      VARCHAR(200),
    website    VARCHAR(500),
    address    VARCHAR(500),
    portal_url VARCHAR(500),
    app_link   VARCHAR(500),
    time_zone  VARCHAR(64)  NOT NULL
);
INSERT INTO company_settings (id, version, time_zone) VALUES (1, 0, 'UTC');

CREATE SEQUENCE message_template_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE message_template (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    description         VARCHAR(200) NOT NULL,
    body                TEXT         NOT NULL,
    line_id             BIGINT REFERENCES sender_line (id),
    optional_url        VARCHAR(2000),
    include_portal_link BOOLEAN      NOT NULL,
    include_vcard       BOOLEAN      NOT NULL,
    image_urls          TEXT         NOT NULL,
    CONSTRAINT message_template_description_uq UNIQUE (description)
);

CREATE SEQUENCE auto_responder_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE auto_responder (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    responder_type  VARCHAR(32)  NOT NULL,
    keyword         VARCHAR(100),
    message         TEXT         NOT NULL,
    line_ids        VARCHAR(2000) NOT NULL,
    schedule_days   VARCHAR(100),
    opens_at        VARCHAR(5),
    closes_at       VARCHAR(5),
    time_zone       VARCHAR(64),
    include_vcard   BOOLEAN      NOT NULL,
    image_urls      TEXT         NOT NULL,
    active          BOOLEAN      NOT NULL
);

-- Which responder sent an auto-response (a responder answers a number at most once per 10 minutes).
ALTER TABLE message ADD COLUMN responder_id BIGINT;
CREATE INDEX message_responder_idx ON message (responder_id, created_at);

CREATE TABLE notification_setting (
    appointment_status VARCHAR(20) NOT NULL PRIMARY KEY,
    version            BIGINT      NOT NULL,
    enabled            BOOLEAN     NOT NULL,
    message            TEXT        NOT NULL
);
INSERT INTO notification_setting VALUES ('SCHEDULED', 0, FALSE, 'Hi {CustomerFirstName}, your appointment with {CompanyName} is booked for {AppointmentDate} at {AppointmentTime}.');
INSERT INTO notification_setting VALUES ('DISPATCHED', 0, FALSE, '{TechnicianFirstName} from {CompanyName} has been assigned to your appointment on {AppointmentDate}.');
INSERT INTO notification_setting VALUES ('IN_ROUTE', 0, TRUE, '{TechnicianFirstName} from {CompanyName} is on the way to you.');
INSERT INTO notification_setting VALUES ('ARRIVED', 0, FALSE, '{TechnicianFirstName} from {CompanyName} has arrived.');
INSERT INTO notification_setting VALUES ('IN_PROGRESS', 0, FALSE, '{TechnicianFirstName} has started working on your appointment.');
INSERT INTO notification_setting VALUES ('COMPLETED', 0, TRUE, 'Thank you for choosing {CompanyName}, {CustomerFirstName}! Your appointment is complete.');
INSERT INTO notification_setting VALUES ('CANCELED', 0, FALSE, 'Your appointment with {CompanyName} on {AppointmentDate} has been canceled. Call us at {CompanyPhone} to rebook.');
