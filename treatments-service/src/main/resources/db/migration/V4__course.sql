-- Courses of treatment: one client's course, planned from one protocol version that it keeps for ever. The client is
-- a plain id confirmed with clients-service when the course is created (no foreign keys across services). The CHECK
-- constraints repeat what the API and course.domain check first.
CREATE TABLE course (
    id                   uuid         PRIMARY KEY,
    client_id            uuid         NOT NULL,
    protocol_id          uuid         NOT NULL,
    protocol_version     integer      NOT NULL,
    planned_sessions     integer      NOT NULL
        CONSTRAINT course_planned_sessions_bounds CHECK (planned_sessions BETWEEN 1 AND 12),
    practitioner         varchar(255) NOT NULL,
    status               varchar(16)  NOT NULL
        CONSTRAINT course_status_known CHECK (status IN ('PLANNED', 'ACTIVE', 'COMPLETED', 'MAINTENANCE',
            'STOPPED')),
    stop_reason          varchar(500),
    -- Sessions of the series charted so far, and when the latest session (series or maintenance) was performed:
    -- the windows scheduling reads are worked out from these and the protocol version.
    series_sessions_done integer      NOT NULL
        CONSTRAINT course_series_sessions_done_bounds CHECK (series_sessions_done BETWEEN 0 AND planned_sessions),
    last_session_at      timestamptz,
    completed_at         timestamptz,
    created_at           timestamptz  NOT NULL,
    created_by           varchar(255) NOT NULL,
    updated_at           timestamptz  NOT NULL,
    version              bigint       NOT NULL
        CONSTRAINT course_version_positive CHECK (version >= 1),
    CONSTRAINT course_protocol_version_exists FOREIGN KEY (protocol_id, protocol_version)
        REFERENCES protocol_version (protocol_id, version),
    CONSTRAINT course_stop_reason_when_stopped CHECK ((status = 'STOPPED') = (stop_reason IS NOT NULL)),
    CONSTRAINT course_completed_when_series_done CHECK (
        (completed_at IS NOT NULL) = (series_sessions_done = planned_sessions))
);

-- The lists: newest first, then id; by client, by status, or all.
CREATE INDEX course_list_order ON course (created_at DESC, id DESC);
CREATE INDEX course_by_client ON course (client_id, created_at DESC, id DESC);
CREATE INDEX course_by_status ON course (status, created_at DESC, id DESC);

-- The treated areas, each with the device and depth the course starts with.
CREATE TABLE course_area (
    course_id         uuid          NOT NULL REFERENCES course (id),
    position          integer       NOT NULL,
    area              varchar(32)   NOT NULL
        CONSTRAINT course_area_known CHECK (area IN ('FOREHEAD', 'TEMPLES', 'UNDER_EYE', 'NOSE', 'CHEEKS',
            'UPPER_LIP', 'CHIN', 'JAWLINE', 'NECK', 'DECOLLETE', 'SCALP', 'BREASTS', 'ABDOMEN', 'FLANKS', 'BACK',
            'ARMS', 'HANDS', 'BUTTOCKS', 'HIPS', 'THIGHS', 'KNEES')),
    device_type       varchar(16)   NOT NULL
        CONSTRAINT course_area_device_known CHECK (device_type IN ('ROLLER', 'STAMP', 'PEN')),
    starting_depth_mm numeric(3, 2) NOT NULL
        CONSTRAINT course_area_starting_depth_bounds CHECK (starting_depth_mm BETWEEN 0.20 AND 3.00),
    PRIMARY KEY (course_id, position),
    CONSTRAINT course_area_unique UNIQUE (course_id, area)
);

-- Who changed a course's status, when, from what to what and why: appended, never changed.
CREATE TABLE course_status_change (
    course_id   uuid         NOT NULL REFERENCES course (id),
    position    integer      NOT NULL,
    from_status varchar(16),
    to_status   varchar(16)  NOT NULL,
    reason      varchar(500),
    changed_at  timestamptz  NOT NULL,
    changed_by  varchar(255) NOT NULL,
    PRIMARY KEY (course_id, position)
);

CREATE FUNCTION course_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'course history is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END
$$;

CREATE TRIGGER course_status_change_append_only BEFORE UPDATE OR DELETE ON course_status_change
    FOR EACH ROW EXECUTE FUNCTION course_history_is_append_only();
CREATE TRIGGER course_area_append_only BEFORE UPDATE OR DELETE ON course_area
    FOR EACH ROW EXECUTE FUNCTION course_history_is_append_only();
