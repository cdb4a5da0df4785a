-- The clinic's calendar rules: one row of settings, weekly hours of the clinic, its practitioners and rooms, and
-- dated exceptions. Local times are wall-clock times in the clinic's zone and are resolved into instants for each
-- date when they are used (scheduling-service README, "Time"), so "09:00" stays 09:00 across daylight-saving changes.

CREATE TABLE clinic_settings (
    id                           smallint     PRIMARY KEY CHECK (id = 1),
    time_zone                    varchar(64)  NOT NULL,
    late_cancellation_minutes    integer      NOT NULL CHECK (late_cancellation_minutes BETWEEN 0 AND 10080),
    turnover_minutes             integer      NOT NULL CHECK (turnover_minutes BETWEEN 0 AND 120),
    hold_minutes                 integer      NOT NULL CHECK (hold_minutes BETWEEN 1 AND 60),
    slot_minutes                 integer      NOT NULL CHECK (slot_minutes IN (5, 10, 15, 20, 30, 60)),
    updated_at                   timestamptz  NOT NULL,
    updated_by                   varchar(255) NOT NULL,
    version                      bigint       NOT NULL
);

-- The one row exists from the start, so that the service can answer before an administrator has set anything.
INSERT INTO clinic_settings (id, time_zone, late_cancellation_minutes, turnover_minutes, hold_minutes, slot_minutes,
                             updated_at, updated_by, version)
VALUES (1, 'Europe/London', 1440, 15, 5, 15, now(), 'migration', 0);

-- Weekly hours: the clinic's opening hours (owner_kind CLINIC, no owner id), a practitioner's working hours or a
-- room's hours. Several intervals per weekday are allowed (a lunch break is two intervals); they must not overlap.
CREATE TABLE weekly_hours (
    id          uuid        PRIMARY KEY,
    owner_kind  varchar(16) NOT NULL CHECK (owner_kind IN ('CLINIC', 'PRACTITIONER', 'ROOM')),
    owner_id    uuid,
    day_of_week smallint    NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    starts      time        NOT NULL,
    ends        time        NOT NULL,
    CONSTRAINT weekly_hours_owner CHECK ((owner_kind = 'CLINIC') = (owner_id IS NULL)),
    CONSTRAINT weekly_hours_order CHECK (starts < ends)
);

CREATE INDEX weekly_hours_by_owner ON weekly_hours (owner_kind, owner_id, day_of_week, starts);

-- Clinic opening hours from the start: Monday to Saturday 09:00-18:00.
INSERT INTO weekly_hours (id, owner_kind, owner_id, day_of_week, starts, ends)
SELECT gen_random_uuid(), 'CLINIC', NULL, d, time '09:00', time '18:00' FROM generate_series(1, 6) AS d;

-- Dated exceptions: TIME_OFF (a practitioner away, a room out of use), CLOSURE (the clinic closed) and EXTRA_HOURS
-- (hours beyond the weekly ones). The local fields are what the caller said; starts_at/ends_at are the instants they
-- meant in the clinic's zone when they were recorded, and what availability reads.
CREATE TABLE calendar_exception (
    id          uuid         PRIMARY KEY,
    kind        varchar(16)  NOT NULL CHECK (kind IN ('TIME_OFF', 'CLOSURE', 'EXTRA_HOURS')),
    owner_kind  varchar(16)  NOT NULL CHECK (owner_kind IN ('CLINIC', 'PRACTITIONER', 'ROOM')),
    owner_id    uuid,
    starts_on   date         NOT NULL,
    start_time  time,
    ends_on     date         NOT NULL,
    end_time    time,
    starts_at   timestamptz  NOT NULL,
    ends_at     timestamptz  NOT NULL,
    reason      varchar(500),
    created_at  timestamptz  NOT NULL,
    created_by  varchar(255) NOT NULL,
    CONSTRAINT calendar_exception_owner CHECK ((owner_kind = 'CLINIC') = (owner_id IS NULL)),
    -- The clinic closes; a practitioner or room takes time off; any of them may have extra hours.
    CONSTRAINT calendar_exception_kind CHECK ((kind = 'CLOSURE') = (owner_kind = 'CLINIC') OR kind = 'EXTRA_HOURS'),
    CONSTRAINT calendar_exception_order CHECK (starts_at < ends_at)
);

-- Availability reads the exceptions of a few owners that overlap a date range.
CREATE INDEX calendar_exception_by_owner ON calendar_exception (owner_kind, owner_id, starts_at);
