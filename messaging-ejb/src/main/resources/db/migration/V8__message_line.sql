-- A message carries its conversation's line, so that the outbox finds a line's due texts with one index range however
-- many texts other lines have queued: a bulk send on one line must not slow down another line's texts.
ALTER TABLE message ADD COLUMN line_id BIGINT;
UPDATE message SET line_id = (SELECT c.line_id FROM conversation c WHERE c.id = message.conversation_id);
ALTER TABLE message ALTER COLUMN line_id SET NOT NULL;
ALTER TABLE message ADD CONSTRAINT message_line_fk FOREIGN KEY (line_id) REFERENCES sender_line (id);
CREATE INDEX message_line_outbox_idx ON message (line_id, delivery_status, next_attempt_at, id);
