-- Running several instances on one database: each line's next free send slot (the line's pace, shared by every
-- instance), and how long the instance running a bulk send's job is trusted to be alive (it renews this per chunk).
ALTER TABLE sender_line ADD COLUMN next_send_slot TIMESTAMP WITH TIME ZONE;
ALTER TABLE bulk_send ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
CREATE INDEX bulk_send_lease_idx ON bulk_send (lease_until);
