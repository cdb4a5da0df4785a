-- The wait list (issue 6): clients waiting for a slot in a window of local dates, and the offers made to them when a
-- cancellation or a reschedule frees fitting time. V6 and V7 belong to other features; the gap is deliberate.

-- One client waiting. The needed minutes are taken from the protocol (or the plain duration) when the entry is made,
-- because offers are created inside the transaction that frees the time, where no other service may be asked.
-- ACTIVE, BOOKED (an offer was accepted) or WITHDRAWN; an ACTIVE entry whose latest_date has passed reads as EXPIRED.
CREATE TABLE wait_list_entry (
    id                  uuid          PRIMARY KEY,
    client_id           uuid          NOT NULL,
    protocol_id         uuid,
    duration_minutes    integer       CHECK (duration_minutes BETWEEN 5 AND 600),
    planned_depth_mm    numeric(3, 2),
    numbing             boolean,
    numbing_minutes     integer       NOT NULL CHECK (numbing_minutes BETWEEN 0 AND 120),
    procedure_minutes   integer       NOT NULL CHECK (procedure_minutes BETWEEN 5 AND 600),
    earliest_date       date          NOT NULL,
    latest_date         date          NOT NULL,
    practitioner_id     uuid          REFERENCES practitioner (id),
    preferred_time_from time,
    preferred_time_to   time,
    note                varchar(500),
    status              varchar(16)   NOT NULL CHECK (status IN ('ACTIVE', 'BOOKED', 'WITHDRAWN')),
    withdrawal_reason   varchar(500),
    withdrawn_by        varchar(255),
    withdrawn_at        timestamptz,
    appointment_id      uuid          REFERENCES appointment (id),
    created_by          varchar(255)  NOT NULL,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    version             bigint        NOT NULL,
    CONSTRAINT wait_list_entry_window CHECK (earliest_date <= latest_date),
    CONSTRAINT wait_list_entry_what CHECK ((protocol_id IS NULL) = (duration_minutes IS NOT NULL)),
    CONSTRAINT wait_list_entry_times CHECK ((preferred_time_from IS NULL) = (preferred_time_to IS NULL)
                                           AND (preferred_time_from IS NULL OR preferred_time_from < preferred_time_to)),
    CONSTRAINT wait_list_entry_withdrawn CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL)),
    CONSTRAINT wait_list_entry_booked CHECK ((status = 'BOOKED') = (appointment_id IS NOT NULL))
);
-- Queue order is (created_at, id); matching reads the active entries in that order.
CREATE INDEX wait_list_entry_queue ON wait_list_entry (created_at, id) WHERE status = 'ACTIVE';
CREATE INDEX wait_list_entry_client ON wait_list_entry (client_id, created_at, id);

-- A freed slot offered to one entry. The slot is (released_appointment_id, starts_at): the time one appointment gave
-- back. OPEN until accepted (ACCEPTED, with the booked appointment), DECLINED, EXPIRED (past expires_at), TAKEN (booked
-- by someone else first) or WITHDRAWN (the entry was withdrawn); a closed offer passes the slot to the next entry.
CREATE TABLE wait_list_offer (
    id                      uuid          PRIMARY KEY,
    entry_id                uuid          NOT NULL REFERENCES wait_list_entry (id),
    client_id               uuid          NOT NULL,
    released_appointment_id uuid          NOT NULL REFERENCES appointment (id),
    starts_at               timestamptz   NOT NULL,
    free_until              timestamptz   NOT NULL,
    practitioner_id         uuid          NOT NULL REFERENCES practitioner (id),
    room_id                 uuid          REFERENCES room (id),
    status                  varchar(16)   NOT NULL
        CHECK (status IN ('OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'TAKEN', 'WITHDRAWN')),
    expires_at              timestamptz   NOT NULL,
    appointment_id          uuid          REFERENCES appointment (id),
    created_at              timestamptz   NOT NULL,
    closed_at               timestamptz,
    closed_by               varchar(255),
    version                 bigint        NOT NULL,
    CONSTRAINT wait_list_offer_slot CHECK (starts_at < free_until AND expires_at <= starts_at),
    CONSTRAINT wait_list_offer_closed CHECK ((status = 'OPEN') = (closed_at IS NULL)),
    CONSTRAINT wait_list_offer_accepted CHECK ((status = 'ACCEPTED') = (appointment_id IS NOT NULL))
);
-- At most one open offer per entry and per freed slot: the last guard behind the service's own checks.
CREATE UNIQUE INDEX wait_list_offer_open_per_entry ON wait_list_offer (entry_id) WHERE status = 'OPEN';
CREATE UNIQUE INDEX wait_list_offer_open_per_slot ON wait_list_offer (released_appointment_id, starts_at)
    WHERE status = 'OPEN';
-- Who was already offered a slot (never offered the same slot twice), an entry's offers, and the lapsing sweep.
CREATE INDEX wait_list_offer_by_slot ON wait_list_offer (released_appointment_id, starts_at);
CREATE INDEX wait_list_offer_by_entry ON wait_list_offer (entry_id, created_at, id);
CREATE INDEX wait_list_offer_lapsing ON wait_list_offer (expires_at) WHERE status = 'OPEN';
CREATE INDEX wait_list_offer_listing ON wait_list_offer (created_at, id);
