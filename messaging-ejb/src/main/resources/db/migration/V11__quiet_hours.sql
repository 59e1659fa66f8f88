-- Quiet hours: one row, the hours of the recipient's local day in which bulk and scheduled texts may arrive.
CREATE TABLE texting_window (
    id        INTEGER NOT NULL PRIMARY KEY,
    version   BIGINT  NOT NULL,
    opens_at  TIME    NOT NULL,
    closes_at TIME    NOT NULL
);
INSERT INTO texting_window (id, version, opens_at, closes_at) VALUES (1, 0, TIME '08:00:00', TIME '21:00:00');

-- Whether a text keeps to the window: decided when it is queued (bulk and scheduled texts do), checked when it is due.
ALTER TABLE message ADD COLUMN keeps_quiet_hours BOOLEAN DEFAULT FALSE NOT NULL;

-- A status notification goes at once, unless its status opts in to quiet hours.
ALTER TABLE notification_setting ADD COLUMN keeps_quiet_hours BOOLEAN DEFAULT FALSE NOT NULL;
