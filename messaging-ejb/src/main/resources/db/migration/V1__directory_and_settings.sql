-- The standalone directory (a host may supply its own through the directory SPI) and the module's settings.
-- Ids come from sequences in blocks of 50 (EclipseLink allocationSize = 50). Times are instants (UTC).

CREATE SEQUENCE customer_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE customer (
    id      BIGINT       NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL,
    name    VARCHAR(200) NOT NULL,
    mobile  VARCHAR(16)
);
CREATE INDEX customer_mobile_idx ON customer (mobile);

CREATE SEQUENCE employee_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE employee (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    name                VARCHAR(200) NOT NULL,
    mobile              VARCHAR(16),
    login_id            VARCHAR(100),
    text_messaging_role BOOLEAN      NOT NULL,
    CONSTRAINT employee_login_id_uq UNIQUE (login_id)
);
CREATE INDEX employee_mobile_idx ON employee (mobile);

CREATE SEQUENCE appointment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE appointment (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    version          BIGINT                   NOT NULL,
    customer_id      BIGINT                   NOT NULL REFERENCES customer (id),
    technician_id    BIGINT REFERENCES employee (id),
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    pre_notification VARCHAR(100)
);
CREATE INDEX appointment_starts_at_idx ON appointment (starts_at);
CREATE INDEX appointment_customer_idx ON appointment (customer_id);

CREATE SEQUENCE sender_line_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sender_line (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    description  VARCHAR(200) NOT NULL,
    phone_number VARCHAR(16)  NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    active       BOOLEAN      NOT NULL,
    CONSTRAINT sender_line_phone_number_uq UNIQUE (phone_number)
);

-- One row: the Twilio account. The auth token is write-only through the API.
CREATE TABLE twilio_settings (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    account_sid     VARCHAR(34),
    auth_token      VARCHAR(128),
    public_base_url VARCHAR(500)
);
