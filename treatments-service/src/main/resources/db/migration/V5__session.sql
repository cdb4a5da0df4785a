-- Charted sessions of a course. A session, its areas and its overrides are written once and never changed: a
-- correction is an amendment row (who, when, why, what changed), so the original stays readable. Triggers refuse
-- anything else.
CREATE TABLE treatment_session (
    id                    uuid          PRIMARY KEY,
    course_id             uuid          NOT NULL REFERENCES course (id),
    sequence              integer       NOT NULL
        CONSTRAINT treatment_session_sequence_positive CHECK (sequence >= 1),
    kind                  varchar(16)   NOT NULL
        CONSTRAINT treatment_session_kind_known CHECK (kind IN ('SERIES', 'MAINTENANCE')),
    appointment_id        uuid,
    performed_at          timestamptz   NOT NULL,
    practitioner          varchar(255)  NOT NULL,
    numbing_agent         varchar(120),
    numbing_applied_at    timestamptz,
    numbing_dwell_minutes integer
        CONSTRAINT treatment_session_dwell_bounds CHECK (numbing_dwell_minutes BETWEEN 0 AND 180),
    serums                text[]        NOT NULL
        CONSTRAINT treatment_session_serums_size CHECK (cardinality(serums) <= 10),
    immediate_reaction    varchar(1000),
    notes                 varchar(4000),
    aftercare_given       boolean       NOT NULL,
    acknowledged_warnings text[]        NOT NULL,
    -- What the session was allowed on: the screening and treatment consent clients-service showed at charting time.
    screening_id          uuid          NOT NULL,
    consent_id            uuid          NOT NULL,
    recorded_at           timestamptz   NOT NULL,
    CONSTRAINT treatment_session_sequence_unique UNIQUE (course_id, sequence),
    CONSTRAINT treatment_session_numbing_complete CHECK (
        num_nonnulls(numbing_agent, numbing_applied_at, numbing_dwell_minutes) IN (0, 3))
);

CREATE TABLE session_area (
    session_id           uuid          NOT NULL REFERENCES treatment_session (id),
    position             integer       NOT NULL,
    area                 varchar(32)   NOT NULL
        CONSTRAINT session_area_known CHECK (area IN ('FOREHEAD', 'TEMPLES', 'UNDER_EYE', 'NOSE', 'CHEEKS',
            'UPPER_LIP', 'CHIN', 'JAWLINE', 'NECK', 'DECOLLETE', 'SCALP', 'BREASTS', 'ABDOMEN', 'FLANKS', 'BACK',
            'ARMS', 'HANDS', 'BUTTOCKS', 'HIPS', 'THIGHS', 'KNEES')),
    device_type          varchar(16)   NOT NULL
        CONSTRAINT session_area_device_known CHECK (device_type IN ('ROLLER', 'STAMP', 'PEN')),
    depth_mm             numeric(3, 2) NOT NULL
        CONSTRAINT session_area_depth_bounds CHECK (depth_mm BETWEEN 0.20 AND 3.00),
    needle_configuration varchar(80)   NOT NULL,
    passes               integer       NOT NULL
        CONSTRAINT session_area_passes_bounds CHECK (passes BETWEEN 1 AND 20),
    directions           text[]        NOT NULL
        CONSTRAINT session_area_directions_known CHECK (
            directions <@ ARRAY['HORIZONTAL', 'VERTICAL', 'DIAGONAL']::text[] AND cardinality(directions) >= 1),
    endpoint             varchar(32)   NOT NULL
        CONSTRAINT session_area_endpoint_known CHECK (endpoint IN ('ERYTHEMA', 'PINPOINT_BLEEDING')),
    PRIMARY KEY (session_id, position),
    CONSTRAINT session_area_unique UNIQUE (session_id, area)
);

-- Serves the depth history: per course, per area, in session order.
CREATE INDEX session_by_course ON treatment_session (course_id, sequence);

-- A practitioner's written decision to go ahead despite an overridable refusal.
CREATE TABLE session_override (
    session_id uuid          NOT NULL REFERENCES treatment_session (id),
    position   integer       NOT NULL,
    code       varchar(64)   NOT NULL,
    area       varchar(32),
    reason     varchar(1000) NOT NULL,
    PRIMARY KEY (session_id, position),
    -- Never overridable, whatever a request says (see session.domain.Refusal).
    CONSTRAINT session_override_allowed CHECK (code IN ('depth-out-of-range', 'depth-step-exceeded',
        'home-depth-needs-approval', 'numbing-required', 'numbing-dwell-too-short'))
);

CREATE TABLE session_amendment (
    id         uuid          PRIMARY KEY,
    session_id uuid          NOT NULL REFERENCES treatment_session (id),
    sequence   integer       NOT NULL
        CONSTRAINT session_amendment_sequence_positive CHECK (sequence >= 1),
    amended_at timestamptz   NOT NULL,
    amended_by varchar(255)  NOT NULL,
    reason     varchar(1000) NOT NULL,
    -- {"field": {"from": ..., "to": ...}, ...} for the fields this amendment changed.
    changes    text          NOT NULL,
    CONSTRAINT session_amendment_sequence_unique UNIQUE (session_id, sequence)
);

CREATE FUNCTION session_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'session records are append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END
$$;

CREATE TRIGGER treatment_session_append_only BEFORE UPDATE OR DELETE ON treatment_session
    FOR EACH ROW EXECUTE FUNCTION session_record_is_append_only();
CREATE TRIGGER session_area_append_only BEFORE UPDATE OR DELETE ON session_area
    FOR EACH ROW EXECUTE FUNCTION session_record_is_append_only();
CREATE TRIGGER session_override_append_only BEFORE UPDATE OR DELETE ON session_override
    FOR EACH ROW EXECUTE FUNCTION session_record_is_append_only();
CREATE TRIGGER session_amendment_append_only BEFORE UPDATE OR DELETE ON session_amendment
    FOR EACH ROW EXECUTE FUNCTION session_record_is_append_only();
