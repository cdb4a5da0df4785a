-- Protocols become versioned: an edit creates a new version and never changes an old one, because a course keeps the
-- version it started with. The catalogue of V2 is replaced (nothing was in production): "protocol" keeps what is
-- stable (id, code) and points at its current version; "protocol_version" and its child tables hold what a version
-- says. The CHECK constraints repeat the rules that the request's bean validation and protocol.domain.ProtocolRules
-- enforce first, so that no path around the API can store a protocol the API would refuse.
DROP TABLE protocol;

CREATE TABLE protocol (
    id              uuid        PRIMARY KEY,
    code            varchar(64) NOT NULL
        CONSTRAINT protocol_code_format CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    current_version integer     NOT NULL
        CONSTRAINT protocol_current_version_positive CHECK (current_version >= 1),
    created_at      timestamptz NOT NULL,
    -- The last guard behind the service's own look-up; the service answers a violation with the same 409.
    CONSTRAINT protocol_code_unique UNIQUE (code)
);

CREATE TABLE protocol_version (
    id                              uuid          PRIMARY KEY,
    protocol_id                     uuid          NOT NULL REFERENCES protocol (id),
    version                         integer       NOT NULL
        CONSTRAINT protocol_version_positive CHECK (version >= 1),
    name                            varchar(120)  NOT NULL,
    summary                         varchar(1000) NOT NULL,
    indication                      varchar(32)   NOT NULL
        CONSTRAINT protocol_version_indication_known CHECK (indication IN ('ACNE_SCARS', 'OTHER_SCARS',
            'STRETCH_MARKS', 'FINE_LINES_AND_TEXTURE', 'PIGMENTATION', 'ENLARGED_PORES', 'HAIR_THINNING', 'UNDER_EYE',
            'PRODUCT_ABSORPTION', 'HOME_MAINTENANCE')),
    setting                         varchar(16)   NOT NULL
        CONSTRAINT protocol_version_setting_known CHECK (setting IN ('CLINIC', 'HOME')),
    numbing_policy                  varchar(32)   NOT NULL
        CONSTRAINT protocol_version_numbing_policy_known CHECK (numbing_policy IN ('NONE', 'OPTIONAL',
            'REQUIRED_ABOVE_DEPTH')),
    numbing_required_above_depth_mm numeric(3, 2)
        CONSTRAINT protocol_version_numbing_threshold_bounds CHECK (numbing_required_above_depth_mm
            BETWEEN 0.20 AND 3.00),
    numbing_agent                   varchar(120),
    numbing_min_dwell_minutes       integer
        CONSTRAINT protocol_version_numbing_dwell_bounds CHECK (numbing_min_dwell_minutes BETWEEN 10 AND 60),
    procedure_minutes               integer       NOT NULL
        CONSTRAINT protocol_version_procedure_minutes_bounds CHECK (procedure_minutes BETWEEN 5 AND 240),
    sessions_default                integer       NOT NULL,
    sessions_min                    integer       NOT NULL
        CONSTRAINT protocol_version_sessions_min_bounds CHECK (sessions_min BETWEEN 1 AND 12),
    sessions_max                    integer       NOT NULL
        CONSTRAINT protocol_version_sessions_max_bounds CHECK (sessions_max BETWEEN 1 AND 12),
    spacing_min_days                integer       NOT NULL
        CONSTRAINT protocol_version_spacing_min_bounds CHECK (spacing_min_days BETWEEN 1 AND 365),
    spacing_max_days                integer       NOT NULL
        CONSTRAINT protocol_version_spacing_max_bounds CHECK (spacing_max_days BETWEEN 1 AND 365),
    maintenance_min_months          integer
        CONSTRAINT protocol_version_maintenance_min_bounds CHECK (maintenance_min_months BETWEEN 1 AND 36),
    maintenance_max_months          integer
        CONSTRAINT protocol_version_maintenance_max_bounds CHECK (maintenance_max_months BETWEEN 1 AND 36),
    aftercare                       text[]        NOT NULL
        CONSTRAINT protocol_version_aftercare_size CHECK (cardinality(aftercare) <= 20),
    serums                          text[]        NOT NULL
        CONSTRAINT protocol_version_serums_size CHECK (cardinality(serums) <= 10),
    contraindication_preset         varchar(32)
        CONSTRAINT protocol_version_preset_known CHECK (contraindication_preset IN ('CLINIC_DEFAULT')),
    created_at                      timestamptz   NOT NULL,
    created_by                      varchar(255)  NOT NULL,

    CONSTRAINT protocol_version_number_unique UNIQUE (protocol_id, version),
    -- Lets the child tables repeat the setting and be checked against it (home depth limits, home steps).
    CONSTRAINT protocol_version_setting_key UNIQUE (id, setting),
    CONSTRAINT protocol_version_numbing_threshold_consistent CHECK (
        (numbing_policy = 'REQUIRED_ABOVE_DEPTH') = (numbing_required_above_depth_mm IS NOT NULL)),
    CONSTRAINT protocol_version_numbing_agent_consistent CHECK (
        (numbing_policy = 'NONE') = (numbing_agent IS NULL)
        AND (numbing_policy = 'NONE') = (numbing_min_dwell_minutes IS NULL)),
    CONSTRAINT protocol_version_sessions_ordered CHECK (
        sessions_min <= sessions_default AND sessions_default <= sessions_max),
    CONSTRAINT protocol_version_spacing_ordered CHECK (spacing_min_days <= spacing_max_days),
    CONSTRAINT protocol_version_maintenance_consistent CHECK (
        (maintenance_min_months IS NULL AND maintenance_max_months IS NULL)
        OR (maintenance_min_months IS NOT NULL AND maintenance_max_months IS NOT NULL
            AND maintenance_min_months <= maintenance_max_months))
);

-- A protocol's current version exists. Deferred: the protocol row and its first version are inserted together.
ALTER TABLE protocol ADD CONSTRAINT protocol_current_version_exists
    FOREIGN KEY (id, current_version) REFERENCES protocol_version (protocol_id, version)
    DEFERRABLE INITIALLY DEFERRED;

-- Serves the list order (current versions by name, then protocol id) and its keyset paging.
CREATE INDEX protocol_version_list_order ON protocol_version (name, protocol_id);

CREATE TABLE protocol_treatment_area (
    version_id uuid        NOT NULL REFERENCES protocol_version (id),
    position   integer     NOT NULL,
    area       varchar(32) NOT NULL
        CONSTRAINT protocol_treatment_area_known CHECK (area IN ('FOREHEAD', 'TEMPLES', 'UNDER_EYE', 'NOSE', 'CHEEKS',
            'UPPER_LIP', 'CHIN', 'JAWLINE', 'NECK', 'DECOLLETE', 'SCALP', 'BREASTS', 'ABDOMEN', 'FLANKS', 'BACK',
            'ARMS', 'HANDS', 'BUTTOCKS', 'HIPS', 'THIGHS', 'KNEES')),
    PRIMARY KEY (version_id, position),
    -- Each area once per version; also serves the list's area filter.
    CONSTRAINT protocol_treatment_area_unique UNIQUE (version_id, area)
);

CREATE TABLE protocol_depth_limit (
    version_id  uuid          NOT NULL,
    position    integer       NOT NULL,
    setting     varchar(16)   NOT NULL,
    area        varchar(32)   NOT NULL,
    device_type varchar(16)   NOT NULL
        CONSTRAINT protocol_depth_limit_device_known CHECK (device_type IN ('ROLLER', 'STAMP', 'PEN')),
    min_mm      numeric(3, 2) NOT NULL
        CONSTRAINT protocol_depth_limit_min_bounds CHECK (min_mm BETWEEN 0.20 AND 3.00),
    max_mm      numeric(3, 2) NOT NULL
        CONSTRAINT protocol_depth_limit_max_bounds CHECK (max_mm BETWEEN 0.20 AND 3.00),
    PRIMARY KEY (version_id, position),
    CONSTRAINT protocol_depth_limit_unique UNIQUE (version_id, area, device_type),
    CONSTRAINT protocol_depth_limit_ordered CHECK (min_mm <= max_mm),
    -- Home needling stays at or below 0.75 mm and never reaches 1.00 mm (see ProtocolRules).
    CONSTRAINT protocol_depth_limit_home_shallow CHECK (setting <> 'HOME' OR max_mm <= 0.75),
    CONSTRAINT protocol_depth_limit_setting_of_version FOREIGN KEY (version_id, setting)
        REFERENCES protocol_version (id, setting),
    -- A limit is for one of the version's treatment areas; deferred because the rows of both arrive together.
    CONSTRAINT protocol_depth_limit_area_is_treated FOREIGN KEY (version_id, area)
        REFERENCES protocol_treatment_area (version_id, area) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE protocol_contraindication_rule (
    version_id           uuid        NOT NULL REFERENCES protocol_version (id),
    position             integer     NOT NULL,
    item                 varchar(64) NOT NULL
        CONSTRAINT protocol_contraindication_item_known CHECK (item IN ('ACTIVE_ACNE_OR_INFECTION',
            'HERPES_SIMPLEX_HISTORY', 'KELOID_OR_HYPERTROPHIC_SCARRING', 'INFLAMMATORY_SKIN_CONDITION',
            'ANTICOAGULANTS_OR_BLEEDING_DISORDER', 'PREGNANT_OR_BREASTFEEDING', 'CHEMOTHERAPY_OR_RADIOTHERAPY',
            'IMMUNOSUPPRESSION_OR_UNCONTROLLED_DIABETES', 'ISOTRETINOIN', 'CHEMICAL_PEEL', 'LASER_TREATMENT',
            'INJECTABLES', 'SUNBURN', 'TOPICAL_ANAESTHETIC_ALLERGY', 'METAL_ALLERGY')),
    effect               varchar(8)  NOT NULL
        CONSTRAINT protocol_contraindication_effect_known CHECK (effect IN ('BLOCK', 'WARN')),
    window_days          integer
        CONSTRAINT protocol_contraindication_window_days_bounds CHECK (window_days BETWEEN 1 AND 730),
    window_months        integer
        CONSTRAINT protocol_contraindication_window_months_bounds CHECK (window_months BETWEEN 1 AND 24),
    only_at_treated_area boolean,
    PRIMARY KEY (version_id, position),
    CONSTRAINT protocol_contraindication_item_unique UNIQUE (version_id, item),
    -- Dated items have exactly one window; the others none.
    CONSTRAINT protocol_contraindication_window_fits_item CHECK (
        CASE WHEN item IN ('ISOTRETINOIN', 'CHEMICAL_PEEL', 'LASER_TREATMENT', 'INJECTABLES', 'SUNBURN')
            THEN num_nonnulls(window_days, window_months) = 1
            ELSE window_days IS NULL AND window_months IS NULL END),
    -- Site conditions say whether they count only at a treated area; the others do not.
    CONSTRAINT protocol_contraindication_site_scope_fits_item CHECK (
        (item IN ('ACTIVE_ACNE_OR_INFECTION', 'INFLAMMATORY_SKIN_CONDITION')) = (only_at_treated_area IS NOT NULL))
);

CREATE TABLE protocol_home_step (
    version_id                     uuid          NOT NULL,
    position                       integer       NOT NULL,
    setting                        varchar(16)   NOT NULL
        CONSTRAINT protocol_home_step_home_only CHECK (setting = 'HOME'),
    depth_mm                       numeric(3, 2) NOT NULL
        CONSTRAINT protocol_home_step_depth_bounds CHECK (depth_mm BETWEEN 0.20 AND 0.75),
    interval_min_days              integer       NOT NULL
        CONSTRAINT protocol_home_step_interval_min_bounds CHECK (interval_min_days BETWEEN 1 AND 60),
    interval_max_days              integer       NOT NULL
        CONSTRAINT protocol_home_step_interval_max_bounds CHECK (interval_max_days BETWEEN 1 AND 60),
    min_weeks_before_next_step     integer
        CONSTRAINT protocol_home_step_weeks_bounds CHECK (min_weeks_before_next_step BETWEEN 1 AND 52),
    requires_practitioner_approval boolean       NOT NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT protocol_home_step_interval_ordered CHECK (interval_min_days <= interval_max_days),
    -- Above 0.50 mm only with a practitioner's approval.
    CONSTRAINT protocol_home_step_deep_needs_approval CHECK (depth_mm <= 0.50 OR requires_practitioner_approval),
    CONSTRAINT protocol_home_step_setting_of_version FOREIGN KEY (version_id, setting)
        REFERENCES protocol_version (id, setting)
);

-- Versions are immutable: a course refers to the version it started with, so what it says must never change.
-- Editing a protocol inserts a new version; nothing updates or deletes one.
CREATE FUNCTION protocol_version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'protocol versions are immutable: % on % refused', TG_OP, TG_TABLE_NAME;
END
$$;

CREATE TRIGGER protocol_version_immutable BEFORE UPDATE OR DELETE ON protocol_version
    FOR EACH ROW EXECUTE FUNCTION protocol_version_is_immutable();
CREATE TRIGGER protocol_treatment_area_immutable BEFORE UPDATE OR DELETE ON protocol_treatment_area
    FOR EACH ROW EXECUTE FUNCTION protocol_version_is_immutable();
CREATE TRIGGER protocol_depth_limit_immutable BEFORE UPDATE OR DELETE ON protocol_depth_limit
    FOR EACH ROW EXECUTE FUNCTION protocol_version_is_immutable();
CREATE TRIGGER protocol_contraindication_rule_immutable BEFORE UPDATE OR DELETE ON protocol_contraindication_rule
    FOR EACH ROW EXECUTE FUNCTION protocol_version_is_immutable();
CREATE TRIGGER protocol_home_step_immutable BEFORE UPDATE OR DELETE ON protocol_home_step
    FOR EACH ROW EXECUTE FUNCTION protocol_version_is_immutable();
