-- Bench data set, part 2: appointments of practitioner i in room i, one an hour at the given local hours of every
-- working day (Monday to Saturday, the clinic's opening days) from day :from_day to day :to_day (exclusive; relative
-- to today in Europe/London), leaving out days :skip_from to :skip_to (exclusive). Protocol "clinic-fine-lines-texture"
-- without numbing: 40 minutes of procedure + 15 of turnover, so an hour never overlaps the next one for the
-- practitioner, the room or the client, and the exclusion constraints accept every row. At one hour the 100
-- practitioners see 100 different clients. Past appointments are COMPLETED (1 in 20 CANCELLED, 1 in 20 NO_SHOW),
-- future ones BOOKED. Each gets its creation row in appointment_status_change, as the service writes it.
-- psql variables: practitioners, clients, from_day, to_day, skip_from, skip_to, hours (e.g. '{9,10,11}').
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMP TABLE bench_slot ON COMMIT DROP AS
SELECT d.day, h.hour, (d.day::date + make_time(h.hour, 0, 0)) AT TIME ZONE 'Europe/London' AS starts_at,
       ((current_date - date '2000-01-01') + d.offset_days) * 24 + h.hour AS seq
  FROM (SELECT (timezone('Europe/London', now())::date + o) AS day, o AS offset_days
          FROM generate_series(:from_day, :to_day - 1) AS o
         WHERE NOT (o >= :skip_from AND o < :skip_to)) AS d
 CROSS JOIN unnest(:'hours'::int[]) AS h (hour)
 WHERE extract(isodow FROM d.day) < 7;

CREATE TEMP TABLE bench_appointment ON COMMIT DROP AS
SELECT gen_random_uuid() AS id,
       ('b1000000-0000-4000-8000-' || lpad(to_hex(((s.seq * :practitioners + p) % :clients)::int), 12, '0'))::uuid
           AS client_id,
       ('b2000000-0000-4000-8000-' || lpad(to_hex(p), 12, '0'))::uuid AS practitioner_id,
       ('b3000000-0000-4000-8000-' || lpad(to_hex(p), 12, '0'))::uuid AS room_id,
       s.starts_at,
       CASE WHEN s.starts_at > now() THEN 'BOOKED'
            WHEN (s.seq + p) % 20 = 0 THEN 'CANCELLED'
            WHEN (s.seq + p) % 20 = 1 THEN 'NO_SHOW'
            ELSE 'COMPLETED' END AS status
  FROM bench_slot s CROSS JOIN generate_series(0, :practitioners - 1) AS p;

INSERT INTO scheduling.appointment (id, client_id, practitioner_id, room_id, protocol_id, protocol_version, title,
        planned_depth_mm, numbing, numbing_minutes, procedure_minutes, turnover_minutes, starts_at, procedure_starts_at,
        procedure_ends_at, room_free_at, status, hold_expires_at, warnings_acknowledged, notes, overridden,
        override_reason, cancellation_reason, cancelled_by, cancelled_at, late_cancellation, created_by, created_at,
        updated_at, version)
SELECT a.id, a.client_id, a.practitioner_id, a.room_id, p.id, p.current_version, 'Fine lines and texture (face, clinic)',
       NULL, false, 0, 40, 15, a.starts_at, a.starts_at, a.starts_at + interval '40 minutes',
       a.starts_at + interval '55 minutes', a.status, NULL, false, NULL, false, NULL,
       CASE WHEN a.status = 'CANCELLED' THEN 'Client asked to move it' END,
       CASE WHEN a.status = 'CANCELLED' THEN 'bench-loader' END,
       CASE WHEN a.status = 'CANCELLED' THEN a.starts_at - interval '3 days' END,
       CASE WHEN a.status = 'CANCELLED' THEN false END,
       'bench-loader', a.starts_at - interval '14 days', a.starts_at - interval '14 days', 0
  FROM bench_appointment a,
       (SELECT id, current_version FROM treatments.protocol WHERE code = 'clinic-fine-lines-texture') AS p;

INSERT INTO scheduling.appointment_status_change (id, appointment_id, from_status, to_status, changed_by, changed_at)
SELECT gen_random_uuid(), a.id, NULL, 'BOOKED', 'bench-loader', a.starts_at - interval '14 days'
  FROM bench_appointment a;

COMMIT;
