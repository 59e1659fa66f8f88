-- A bulk send may start later: its texts are written SCHEDULED for that time (NULL: they go at once).
ALTER TABLE bulk_send ADD COLUMN send_at TIMESTAMP WITH TIME ZONE;
