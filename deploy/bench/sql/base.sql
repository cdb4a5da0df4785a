-- Bench data set, part 1: practitioners, rooms, clients (each with a screening and a treatment consent, so that every
-- one is bookable and eligible) and PLANNED courses to chart sessions on. Written straight into the service schemas
-- because loading 100k clients through the APIs would take hours. Templates come from the demo data that
-- deploy/local/start loaded through the APIs (protocol "clinic-fine-lines-texture", client Amelia Okafor, the current
-- MICRONEEDLING_TREATMENT document), so every row looks like one the services wrote themselves.
-- Ids are deterministic so that the Lua scripts and pgbench can name them without a lookup:
--   practitioner i: b2000000-0000-4000-8000-<i as 12 hex>, room i: b3..., client i: b1..., course i: b4...
-- psql variables: practitioners, clients, courses.
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO scheduling.practitioner (id, display_name, subject, email, active, created_at, updated_at, version)
SELECT ('b2000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'Bench Practitioner ' || i,
       'bench-practitioner-' || i, 'bench-practitioner-' || i || '@example.com', true, now(), now(), 0
  FROM generate_series(0, :practitioners - 1) AS i;

-- One room per practitioner: the appointments pair practitioner i with room i.
INSERT INTO scheduling.room (id, name, description, active, created_at, updated_at, version)
SELECT ('b3000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'Bench Room ' || i, 'Bench room', true,
       now(), now(), 0
  FROM generate_series(0, :practitioners - 1) AS i;

CREATE TEMP TABLE bench_names AS
SELECT ARRAY['Amelia','Olivia','Isla','Ava','Mia','Sofia','Grace','Lily','Freya','Emily','Ella','Chloe','Priya',
             'Zara','Hannah','Leah','Maya','Nora','Ruby','Alice','Daniel','Oliver','Noah','Leo','Arthur','Theo',
             'Jack','Harry','Omar','Ivan','Lucas','Mateo','Kenji','Ravi','Tom','Sam','Ben','Adam','Yusuf','Elias']
           AS given,
       ARRAY['Okafor','Lindqvist','Raman','Moreau','ONeill','Smith','Jones','Taylor','Brown','Williams','Wilson',
             'Johnson','Davies','Patel','Khan','Nowak','Kowalski','Rossi','Russo','Garcia','Martinez','Lopez',
             'Silva','Santos','Duarte','Chen','Wang','Li','Zhang','Tanaka','Sato','Suzuki','Kim','Park','Nguyen',
             'Tran','Muller','Schmidt','Fischer','Weber','Meyer','Wagner','Becker','Hoffmann','Dubois','Laurent',
             'Bernard','Petit','Murphy','Kelly','Byrne','Walsh','Ryan','OBrien','Andersson','Johansson','Larsen',
             'Hansen','Jensen','Nielsen','Novak','Horvat','Popescu','Ionescu','Papadopoulos','Yilmaz','Demir',
             'Cohen','Levi','Haddad','Mensah','Owusu','Adeyemi','Okonkwo','Mwangi','Kariuki','Singh','Sharma',
             'Gupta','Iyer','Reddy','Fernandes','Pereira','Costa','Almeida','Ferreira','Ahmed','Hassan','Ali',
             'Hussain','Rahman','Chowdhury','Evans','Thomas','Roberts','Lewis','Walker','Hall','Young','Wright']
           AS family;

INSERT INTO clients.client (id, given_name, family_name, preferred_name, date_of_birth, email, phone, time_zone, status,
                            created_at, updated_at, version, search_name, sort_name, marketing_email,
                            marketing_email_changed_at, marketing_sms, marketing_sms_changed_at, skin_type,
                            skin_concerns, preferred_contact_channel)
SELECT ('b1000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, g, f, NULL,
       date '1960-01-01' + (i * 37 % 15000), 'bench.client.' || i || '@example.com', NULL, 'Europe/London', 'ACTIVE',
       now() - interval '2 years', now() - interval '2 years', 0, lower(g || ' ' || f), lower(f) || chr(1) || lower(g),
       false, now() - interval '2 years', false, now() - interval '2 years', 'III', '{}', 'EMAIL'
  FROM generate_series(0, :clients - 1) AS i,
       LATERAL (SELECT given[1 + i % 40] AS g, family[1 + (i / 40) % 100] AS f FROM bench_names) AS n;

-- Every client screened yesterday with the demo client's (clear) answers, and consenting to treatment.
INSERT INTO clients.screening (id, client_id, questionnaire_version, answers, recorded_at, recorded_by)
SELECT ('b5000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
       ('b1000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, t.questionnaire_version, t.answers,
       now() - interval '1 day', 'bench-loader'
  FROM generate_series(0, :clients - 1) AS i,
       (SELECT s.questionnaire_version, s.answers FROM clients.screening s JOIN clients.client c ON c.id = s.client_id
         WHERE c.given_name = 'Amelia' AND c.family_name = 'Okafor' AND c.id::text NOT LIKE 'b1000000%' LIMIT 1) AS t;

INSERT INTO clients.client_consent (id, client_id, document_id, kind, document_version, signed_at, method, captured_by,
                                    recorded_at)
SELECT ('b6000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
       ('b1000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, d.id, d.kind, d.version,
       now() - interval '1 day', 'HANDWRITTEN_SIGNATURE', 'bench-loader', now() - interval '1 day'
  FROM generate_series(0, :clients - 1) AS i,
       (SELECT id, kind, version FROM clients.consent_document WHERE kind = 'MICRONEEDLING_TREATMENT'
         ORDER BY version DESC LIMIT 1) AS d;

-- PLANNED courses (fine lines and texture, cheeks by pen from 0.50 mm) of the last clients, for session charting;
-- their practitioner is the subject of the charting token.
CREATE TEMP TABLE bench_protocol AS
SELECT p.id, p.current_version FROM treatments.protocol p WHERE p.code = 'clinic-fine-lines-texture';

INSERT INTO treatments.course (id, client_id, protocol_id, protocol_version, planned_sessions, practitioner, status,
                               series_sessions_done, created_at, created_by, updated_at, version)
SELECT ('b4000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
       ('b1000000-0000-4000-8000-' || lpad(to_hex(:clients - 1 - i), 12, '0'))::uuid, p.id, p.current_version, 3,
       'bench-charting', 'PLANNED', 0, now() - interval '1 day', 'bench-charting', now() - interval '1 day', 1
  FROM generate_series(0, :courses - 1) AS i, bench_protocol AS p;

INSERT INTO treatments.course_area (course_id, position, area, device_type, starting_depth_mm)
SELECT ('b4000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 0, 'CHEEKS', 'PEN', 0.50
  FROM generate_series(0, :courses - 1) AS i;

INSERT INTO treatments.course_status_change (course_id, position, from_status, to_status, changed_at, changed_by)
SELECT ('b4000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 0, NULL, 'PLANNED', now() - interval '1 day',
       'bench-charting'
  FROM generate_series(0, :courses - 1) AS i;

COMMIT;
