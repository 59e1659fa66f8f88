-- A status-change notification is sent once per (appointment, status), however often the change is reported.
ALTER TABLE message ADD COLUMN notification_key VARCHAR(100);
ALTER TABLE message ADD CONSTRAINT message_notification_key_uq UNIQUE (notification_key);
