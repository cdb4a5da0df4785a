-- Maintenance appointments booked from a recall (bookFromRecall): which course and which maintenance due window an
-- appointment was booked for. A table of its own rather than a course column on appointment: only recall bookings
-- need it, and the appointment itself stays exactly what any other booking is (same checks, same constraints).
-- The window identifies the recall: when the maintenance session is charted, treatments-service moves the window on
-- and the course is due again, with no booking yet. "One active booking per recall" depends on the appointment's
-- status, which lives in another table, so RecallService checks it under a per-course advisory lock; the unique
-- appointment_id keeps one appointment from answering two recalls.
CREATE TABLE recall_booking (
    id              uuid          PRIMARY KEY,
    course_id       uuid          NOT NULL,
    appointment_id  uuid          NOT NULL REFERENCES appointment (id)
        CONSTRAINT recall_booking_appointment_once UNIQUE,
    window_earliest date          NOT NULL,
    window_latest   date          NOT NULL,
    created_by      varchar(255)  NOT NULL,
    created_at      timestamptz   NOT NULL,
    CONSTRAINT recall_booking_window CHECK (window_earliest <= window_latest)
);

-- The recall list annotates a page of courses with their bookings; booking looks for the course's active one.
CREATE INDEX recall_booking_by_course ON recall_booking (course_id, window_earliest);
