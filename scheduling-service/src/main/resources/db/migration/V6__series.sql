-- A booked series as a record of its own (issue 6, "Change"): what was planned and by whom, and a version that every
-- change to the series bumps, so that a front desk moving, cancelling or re-planning sessions works on the series as
-- it last read it (If-Match). The sessions stay appointments (series_id, series_sequence); the series' state (ACTIVE,
-- COMPLETED, CANCELLED) is derived from them when read and deliberately not stored, so it can never disagree.
CREATE TABLE series (
    id               uuid          PRIMARY KEY,
    client_id        uuid          NOT NULL,
    course_id        uuid,
    protocol_id      uuid          NOT NULL,
    protocol_version integer       NOT NULL CHECK (protocol_version >= 1),
    planned_sessions integer       NOT NULL CHECK (planned_sessions BETWEEN 1 AND 12),
    -- When the client's screening (clients-service) expired or expires, as known when the series was booked: later
    -- sessions are booked anyway and the series view says the screening must be renewed before them.
    screening_expires_at timestamptz,
    created_by       varchar(255)  NOT NULL,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    version          bigint        NOT NULL
);

CREATE INDEX series_by_client ON series (client_id, created_at);

-- Series booked before this table existed were only their appointments: give each one its row.
INSERT INTO series (id, client_id, course_id, protocol_id, protocol_version, planned_sessions, created_by, created_at,
                    updated_at, version)
SELECT series_id, min(client_id::text)::uuid, NULL, min(protocol_id::text)::uuid, min(protocol_version),
       max(series_sequence), min(created_by), min(created_at), max(updated_at), 0
  FROM appointment
 WHERE series_id IS NOT NULL
 GROUP BY series_id;

-- Deferred to the commit: booking a series inserts its sessions (whose protocol version decides the series row's)
-- before the series row, in the same transaction.
ALTER TABLE appointment ADD CONSTRAINT appointment_series_fk FOREIGN KEY (series_id) REFERENCES series (id)
    DEFERRABLE INITIALLY DEFERRED;

-- One standing appointment per place in a series: a cancelled or missed session k may be booked again as a new
-- appointment with the same sequence (a re-plan), but two live ones for the same k would be a double session.
CREATE UNIQUE INDEX appointment_series_sequence_active ON appointment (series_id, series_sequence)
    WHERE series_id IS NOT NULL AND status IN ('HELD', 'BOOKED', 'CHECKED_IN', 'COMPLETED');

-- Every change to a series, one row per operation (the sessions' own status history has a row per appointment):
-- who, when, what, which sequences, why, and for moves the times before and after, as JSON text ([{sequence, from,
-- to}]), because one re-plan moves several sessions at once.
CREATE TABLE series_change (
    id         uuid          PRIMARY KEY,
    series_id  uuid          NOT NULL REFERENCES series (id),
    kind       varchar(16)   NOT NULL CHECK (kind IN ('BOOKED', 'MOVED', 'REPLANNED', 'CANCELLED')),
    sequences  varchar(64)   NOT NULL,
    reason     varchar(500),
    moves      varchar(4000),
    changed_by varchar(255)  NOT NULL,
    changed_at timestamptz   NOT NULL
);

CREATE INDEX series_change_by_series ON series_change (series_id, changed_at, id);
