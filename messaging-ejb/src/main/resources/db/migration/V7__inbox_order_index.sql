-- The inbox lists conversations by their last message, newest first, ties by id: one index in that order lets a page
-- be read without sorting the whole table.
CREATE INDEX conversation_recent_idx ON conversation (last_message_at, id);
DROP INDEX conversation_last_message_at_idx;
