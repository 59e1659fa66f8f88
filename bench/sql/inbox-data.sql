-- Inbox benchmark data: :conversations conversations over four two-way lines and :messages messages, straight into
-- the module's tables (run after the server has booted once, so that Flyway has created them):
--   psql -v conversations=100000 -v messages=1000000 -f bench/sql/inbox-data.sql messaging_bench
-- Ids start at 1,000,000,001 so they never meet the ids the server allocates (it may hold a block of 50 from each
-- sequence already); the sequences are then moved past the generated ids.
-- The mix: conversations 60 % RESOLVED, 25 % NEW, 15 % CLAIMED, every other one tied to a customer; every conversation
-- has a message, the rest are spread unevenly (a few chatty numbers, many quiet ones) over the last year; messages
-- 45 % inbound (unreviewed in NEW conversations), 40 % outbound (texts, auto-responses, notifications; mostly
-- delivered), 15 % internal (whispers, claims, resolutions).
\set ON_ERROR_STOP on
\set base 1000000000
\timing on

BEGIN;

INSERT INTO sender_line (id, version, description, phone_number, kind, active, messages_per_second)
SELECT :base + n, 0, 'Branch ' || n, '+1201555020' || n, 'TWO_WAY', TRUE, 1
FROM generate_series(1, 4) AS n;

INSERT INTO employee (id, version, name, mobile, login_id, text_messaging_role)
SELECT :base + n, 0, 'Agent ' || n, '+1201555030' || (n - 1), 'agent' || n, TRUE
FROM generate_series(1, 10) AS n;

INSERT INTO customer (id, version, name, mobile)
SELECT :base + k, 0,
       (ARRAY['Ann', 'Bob', 'Carla', 'Dev', 'Erin', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jon'])[1 + k % 10] || ' '
           || (ARRAY['Lee', 'Garcia', 'Smith', 'Nguyen', 'Brown', 'Khan', 'Rossi', 'Novak', 'Silva', 'Kim', 'Meyer'])[1 + k % 11],
       '+1312' || (2000000 + 2 * k)
FROM generate_series(1, :conversations / 2) AS k;

INSERT INTO conversation (id, version, line_id, external_number, status, claimed_by_id, customer_id, employee_id, last_message_at)
SELECT :base + c, 0, :base + 1 + c % 4, '+1312' || (2000000 + c),
       CASE WHEN c % 20 < 12 THEN 'RESOLVED' WHEN c % 20 < 17 THEN 'NEW' ELSE 'CLAIMED' END,
       CASE WHEN c % 20 >= 17 THEN (:base + 1 + c % 10)::text END,
       CASE WHEN c % 2 = 0 THEN (:base + c / 2)::text END,
       NULL, now()
FROM generate_series(1, :conversations) AS c;

-- each message: its conversation (c), a stable pseudo-random share (k, 0-99) that picks its kind, and its age
INSERT INTO message (id, version, conversation_id, line_id, direction, kind, body, created_at, reviewed, author_id, segments,
                     delivery_status, error_code, carrier_sid, attempts)
SELECT :base + m, 0, :base + c, :base + 1 + c % 4,
       CASE WHEN k < 45 THEN 'INBOUND' WHEN k < 85 THEN 'OUTBOUND' ELSE 'INTERNAL' END,
       CASE WHEN k < 75 THEN 'TEXT' WHEN k < 80 THEN 'AUTO_RESPONSE' WHEN k < 85 THEN 'NOTIFICATION'
            WHEN k < 92 THEN 'WHISPER' WHEN k < 96 THEN 'CLAIMED' ELSE 'RESOLVED' END,
       CASE WHEN k < 45 THEN (ARRAY['Is my appointment still on?', 'Running 10 minutes late', 'Yes', 'Can you come tomorrow instead?',
                                   'Thanks!', 'What time will the technician arrive?', 'C', 'Please call me back'])[(1 + m % 8)::int]
            WHEN k < 85 THEN (ARRAY['Your technician is on the way.', 'We are open Monday to Friday, 8 AM to 5 PM.',
                                   'Thank you, see you tomorrow at 9:00 AM.', 'Could you send a photo of the unit?'])[(1 + m % 4)::int]
            WHEN k < 92 THEN 'Customer prefers mornings' END,
       now() - ((m::bigint * 2654435761) % 31536000) * interval '1 second',
       NOT (k < 45 AND c % 20 BETWEEN 12 AND 16),
       CASE WHEN k >= 45 AND k < 75 OR k >= 85 THEN (:base + 1 + m % 10)::text END,
       CASE WHEN k < 85 THEN 1 ELSE 0 END,
       CASE WHEN k < 45 THEN 'RECEIVED' WHEN k < 85 THEN (CASE WHEN m % 100 = 0 THEN 'FAILED' WHEN m % 10 = 0 THEN 'SENT' ELSE 'DELIVERED' END) END,
       CASE WHEN k >= 45 AND k < 85 AND m % 100 = 0 THEN '30003' END,
       CASE WHEN k < 85 THEN 'SMgen' || m END,
       CASE WHEN k >= 45 AND k < 85 THEN 1 ELSE 0 END
FROM (SELECT m,
             CASE WHEN m <= :conversations THEN m
                  ELSE 1 + floor(:conversations * power((m * 0.6180339887) - floor(m * 0.6180339887), 2))::int END AS c,
             (m * 40503) % 100 AS k
      FROM generate_series(1::bigint, :messages) AS m) AS generated;

UPDATE conversation c SET last_message_at = latest.at
FROM (SELECT conversation_id, MAX(created_at) AS at FROM message GROUP BY conversation_id) AS latest
WHERE c.id = latest.conversation_id;

-- past every generated id; EclipseLink takes blocks of 50 (nextval answers the block's last id)
SELECT setval('sender_line_seq', (SELECT (MAX(id) / 50 + 1) * 50 FROM sender_line));
SELECT setval('employee_seq', (SELECT (MAX(id) / 50 + 1) * 50 FROM employee));
SELECT setval('customer_seq', (SELECT (MAX(id) / 50 + 1) * 50 FROM customer));
SELECT setval('conversation_seq', (SELECT (MAX(id) / 50 + 1) * 50 FROM conversation));
SELECT setval('message_seq', (SELECT (MAX(id) / 50 + 1) * 50 FROM message));

COMMIT;
-- what autovacuum does to tables this old: statistics for the planner, and the visibility map that lets a count read an
-- index alone
VACUUM ANALYZE;
