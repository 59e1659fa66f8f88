-- Bulk benchmark data: :customers customers with mobiles, each with one appointment on :'day' (between 8 AM and
-- 6 PM UTC, the company's default time zone), straight into the module's tables (after the server's first boot):
--   psql -v customers=100000 -v day=2026-12-01 [-v base=1000000000 -v area=201] -f bench/sql/bulk-data.sql messaging_bench
-- Ids start at base + 1 (1,000,000,001 unless set; clear of the server's sequence blocks), the mobiles at
-- +1 area 200-0001 (201 unless set): a second set for another day takes another base and area. The sequences are moved
-- past the ids.
\set ON_ERROR_STOP on
\if :{?base}
\else
\set base 1000000000
\endif
\if :{?area}
\else
\set area 201
\endif
\timing on

BEGIN;

INSERT INTO customer (id, version, name, mobile)
SELECT :base + i, 0,
       (ARRAY['Ann', 'Bob', 'Carla', 'Dev', 'Erin', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jon'])[1 + i % 10] || ' '
           || (ARRAY['Lee', 'Garcia', 'Smith', 'Nguyen', 'Brown', 'Khan', 'Rossi', 'Novak', 'Silva', 'Kim', 'Meyer'])[1 + i % 11],
       '+1' || :'area' || (2000000 + i)
FROM generate_series(1, :customers) AS i;

INSERT INTO appointment (id, version, customer_id, technician_id, starts_at, status, pre_notification)
SELECT :base + i, 0, :base + i, NULL, (:'day'::date + time '08:00' + (i % 600) * interval '1 minute') AT TIME ZONE 'UTC', 'SCHEDULED', NULL
FROM generate_series(1, :customers) AS i;

SELECT setval('customer_seq', (SELECT (MAX(id) / 50 + 1) * 50 FROM customer));
SELECT setval('appointment_seq', (SELECT (MAX(id) / 50 + 1) * 50 FROM appointment));

COMMIT;
ANALYZE;
