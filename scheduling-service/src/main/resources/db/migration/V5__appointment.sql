-- Appointments, and the exclusion constraints that make double booking impossible whatever the application does.
-- btree_gist lets a GiST index compare plain uuid columns with "=" next to a range with "&&". Provisioning installs it
-- into this schema with the administrator's rights (docs/decisions/0008-postgresql-extensions.md); here the statement
-- records that the schema needs it and does nothing.
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA scheduling;

-- One appointment, from the client's arrival (starts_at) to the room being free again (room_free_at):
--   numbing:   [starts_at, procedure_starts_at)          client and room busy, practitioner free
--   procedure: [procedure_starts_at, procedure_ends_at)  client, room and practitioner busy
--   turnover:  [procedure_ends_at, room_free_at)         room busy (cleaning), client gone, practitioner free
-- A HELD appointment is a hold that lapses at hold_expires_at; EXPIRED is a lapsed hold. series_id and
-- series_sequence are reserved for series booking (issue 6): both or neither.
CREATE TABLE appointment (
    id                  uuid          PRIMARY KEY,
    client_id           uuid          NOT NULL,
    practitioner_id     uuid          NOT NULL REFERENCES practitioner (id),
    room_id             uuid          REFERENCES room (id),
    protocol_id         uuid,
    protocol_version    integer,
    title               varchar(120)  NOT NULL,
    planned_depth_mm    numeric(3, 2),
    numbing             boolean       NOT NULL,
    numbing_minutes     integer       NOT NULL CHECK (numbing_minutes BETWEEN 0 AND 120),
    procedure_minutes   integer       NOT NULL CHECK (procedure_minutes BETWEEN 5 AND 600),
    turnover_minutes    integer       NOT NULL CHECK (turnover_minutes BETWEEN 0 AND 120),
    starts_at           timestamptz   NOT NULL,
    procedure_starts_at timestamptz   NOT NULL,
    procedure_ends_at   timestamptz   NOT NULL,
    room_free_at        timestamptz   NOT NULL,
    status              varchar(16)   NOT NULL
        CHECK (status IN ('HELD', 'EXPIRED', 'BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    hold_expires_at     timestamptz,
    warnings_acknowledged boolean     NOT NULL,
    notes               varchar(2000),
    overridden          boolean       NOT NULL,
    override_reason     varchar(500),
    cancellation_reason varchar(500),
    cancelled_by        varchar(255),
    cancelled_at        timestamptz,
    late_cancellation   boolean,
    series_id           uuid,
    series_sequence     integer,
    created_by          varchar(255)  NOT NULL,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    version             bigint        NOT NULL,
    -- Generated, never written: the time each party is busy, as the exclusion constraints compare it.
    client_time         tstzrange     GENERATED ALWAYS AS (tstzrange(starts_at, procedure_ends_at, '[)')) STORED,
    practitioner_time   tstzrange     GENERATED ALWAYS AS (tstzrange(procedure_starts_at, procedure_ends_at, '[)')) STORED,
    room_time           tstzrange     GENERATED ALWAYS AS (tstzrange(starts_at, room_free_at, '[)')) STORED,
    CONSTRAINT appointment_phases CHECK (starts_at <= procedure_starts_at AND procedure_starts_at < procedure_ends_at
                                         AND procedure_ends_at <= room_free_at),
    CONSTRAINT appointment_hold CHECK ((status = 'HELD') <= (hold_expires_at IS NOT NULL)),
    CONSTRAINT appointment_override CHECK (overridden = (override_reason IS NOT NULL)),
    CONSTRAINT appointment_cancellation CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
    CONSTRAINT appointment_protocol CHECK ((protocol_id IS NULL) = (protocol_version IS NULL)),
    CONSTRAINT appointment_series CHECK ((series_id IS NULL) = (series_sequence IS NULL))
);

-- No double booking. Each constraint covers the appointments that hold time: not cancelled, not a lapsed hold, and
-- not booked over a conflict by an administrator (overridden). Leaving overridden rows out is what makes the audited
-- override possible at all; the service refuses ordinary bookings that would overlap an overridden one itself
-- (AppointmentService) and availability treats them as busy. The names are what the service maps to the 409's
-- "collided with": never shown to callers.
ALTER TABLE appointment ADD CONSTRAINT appointment_practitioner_no_overlap
    EXCLUDE USING gist (practitioner_id WITH =, practitioner_time WITH &&)
    WHERE (status NOT IN ('CANCELLED', 'EXPIRED') AND NOT overridden);
ALTER TABLE appointment ADD CONSTRAINT appointment_room_no_overlap
    EXCLUDE USING gist (room_id WITH =, room_time WITH &&)
    WHERE (status NOT IN ('CANCELLED', 'EXPIRED') AND NOT overridden);
ALTER TABLE appointment ADD CONSTRAINT appointment_client_no_overlap
    EXCLUDE USING gist (client_id WITH =, client_time WITH &&)
    WHERE (status NOT IN ('CANCELLED', 'EXPIRED') AND NOT overridden);

-- Overridden appointments still occupy time for availability and for the service's own overlap check; these
-- partial indexes find them without the constraints' help.
CREATE INDEX appointment_overridden_practitioner ON appointment USING gist (practitioner_id, practitioner_time)
    WHERE (overridden AND status NOT IN ('CANCELLED', 'EXPIRED'));
CREATE INDEX appointment_overridden_room ON appointment USING gist (room_id, room_time)
    WHERE (overridden AND status NOT IN ('CANCELLED', 'EXPIRED'));
CREATE INDEX appointment_overridden_client ON appointment USING gist (client_id, client_time)
    WHERE (overridden AND status NOT IN ('CANCELLED', 'EXPIRED'));

-- Lists: a practitioner's or room's calendar by start; a client's appointments by start; integrations' sync by
-- (updated_at, id); live holds by expiry for the purge.
CREATE INDEX appointment_practitioner_calendar ON appointment (practitioner_id, starts_at, id);
CREATE INDEX appointment_room_calendar ON appointment (room_id, starts_at, id);
CREATE INDEX appointment_client_calendar ON appointment (client_id, starts_at, id);
CREATE INDEX appointment_updated ON appointment (updated_at, id);
CREATE INDEX appointment_live_holds ON appointment (hold_expires_at) WHERE status = 'HELD';

-- Every status an appointment has been in, with who put it there and when (the first row is its creation).
CREATE TABLE appointment_status_change (
    id             uuid          PRIMARY KEY,
    appointment_id uuid          NOT NULL REFERENCES appointment (id),
    from_status    varchar(16),
    to_status      varchar(16)   NOT NULL,
    changed_by     varchar(255)  NOT NULL,
    changed_at     timestamptz   NOT NULL,
    reason         varchar(500)
);

CREATE INDEX appointment_status_change_by_appointment ON appointment_status_change (appointment_id, changed_at);

-- Audit of what needs more than a status change to explain: bookings over a conflict (with the reason and what they
-- collided with), reschedules and calendar-feed secrets issued or revoked.
CREATE TABLE audit_entry (
    id          uuid          PRIMARY KEY,
    at          timestamptz   NOT NULL,
    actor       varchar(255)  NOT NULL,
    action      varchar(32)   NOT NULL,
    record_type varchar(32)   NOT NULL,
    record_id   uuid          NOT NULL,
    detail      varchar(2000)
);

CREATE INDEX audit_entry_by_record ON audit_entry (record_type, record_id, at);

-- Calendar feeds: a practitioner's appointments as iCalendar at a URL whose secret is the only credential (calendar
-- apps cannot send bearer tokens). Only the SHA-256 of the secret is kept; revoking sets revoked_at.
CREATE TABLE calendar_feed (
    id              uuid          PRIMARY KEY,
    practitioner_id uuid          NOT NULL REFERENCES practitioner (id),
    secret_sha256   varchar(64)   NOT NULL,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(255)  NOT NULL,
    revoked_at      timestamptz,
    revoked_by      varchar(255),
    CONSTRAINT calendar_feed_secret_unique UNIQUE (secret_sha256)
);

CREATE INDEX calendar_feed_by_practitioner ON calendar_feed (practitioner_id, created_at);
