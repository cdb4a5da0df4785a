-- The clinic's catalogue of treatment protocols. The nested value objects of the API (needle depth, numbing, session
-- count, spacing, maintenance) are plain columns; the CHECK constraints repeat the rules that protocol.domain's
-- ProtocolRules and the request's bean validation enforce first, so that no path around the API can store a protocol
-- the API would refuse.
CREATE TABLE protocol (
    id                         uuid          PRIMARY KEY,
    code                       varchar(64)   NOT NULL
        CONSTRAINT protocol_code_format CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                       varchar(120)  NOT NULL,
    summary                    varchar(1000) NOT NULL,
    indication                 varchar(32)   NOT NULL
        CONSTRAINT protocol_indication_known CHECK (indication IN ('ACNE_SCARS', 'OTHER_SCARS', 'STRETCH_MARKS',
            'FINE_LINES_AND_TEXTURE', 'PIGMENTATION', 'ENLARGED_PORES', 'HAIR_THINNING', 'UNDER_EYE',
            'PRODUCT_ABSORPTION')),
    setting                    varchar(16)   NOT NULL
        CONSTRAINT protocol_setting_known CHECK (setting IN ('CLINIC', 'HOME')),
    needle_depth_min_mm        numeric(3, 2) NOT NULL
        CONSTRAINT protocol_needle_depth_min_bounds CHECK (needle_depth_min_mm BETWEEN 0.20 AND 3.00),
    needle_depth_max_mm        numeric(3, 2) NOT NULL
        CONSTRAINT protocol_needle_depth_max_bounds CHECK (needle_depth_max_mm BETWEEN 0.20 AND 3.00),
    numbing_policy             varchar(16)   NOT NULL
        CONSTRAINT protocol_numbing_policy_known CHECK (numbing_policy IN ('NONE', 'OPTIONAL', 'REQUIRED')),
    numbing_min_dwell_minutes  integer
        CONSTRAINT protocol_numbing_dwell_bounds CHECK (numbing_min_dwell_minutes BETWEEN 0 AND 60),
    procedure_minutes          integer       NOT NULL
        CONSTRAINT protocol_procedure_minutes_bounds CHECK (procedure_minutes BETWEEN 5 AND 240),
    sessions_default           integer       NOT NULL,
    sessions_min               integer       NOT NULL
        CONSTRAINT protocol_sessions_min_bounds CHECK (sessions_min BETWEEN 1 AND 12),
    sessions_max               integer       NOT NULL
        CONSTRAINT protocol_sessions_max_bounds CHECK (sessions_max BETWEEN 1 AND 12),
    spacing_min_days           integer       NOT NULL
        CONSTRAINT protocol_spacing_min_bounds CHECK (spacing_min_days BETWEEN 1 AND 365),
    spacing_max_days           integer       NOT NULL
        CONSTRAINT protocol_spacing_max_bounds CHECK (spacing_max_days BETWEEN 1 AND 365),
    maintenance_min_months     integer
        CONSTRAINT protocol_maintenance_min_bounds CHECK (maintenance_min_months BETWEEN 1 AND 36),
    maintenance_max_months     integer
        CONSTRAINT protocol_maintenance_max_bounds CHECK (maintenance_max_months BETWEEN 1 AND 36),
    aftercare                  text[]        NOT NULL
        CONSTRAINT protocol_aftercare_size CHECK (cardinality(aftercare) <= 20),
    created_at                 timestamptz   NOT NULL,
    updated_at                 timestamptz   NOT NULL,
    version                    bigint        NOT NULL,

    -- The last guard behind the service's own look-up; the service answers a violation with the same 409.
    CONSTRAINT protocol_code_unique UNIQUE (code),
    CONSTRAINT protocol_needle_depth_ordered CHECK (needle_depth_min_mm <= needle_depth_max_mm),
    -- Home devices stay at or below 0.5 mm; deeper needling is for practitioners (see ProtocolRules).
    CONSTRAINT protocol_home_needle_depth CHECK (setting <> 'HOME' OR needle_depth_max_mm <= 0.50),
    CONSTRAINT protocol_numbing_dwell_consistent CHECK (
        (numbing_policy <> 'REQUIRED' OR numbing_min_dwell_minutes IS NOT NULL)
        AND (numbing_policy <> 'NONE' OR numbing_min_dwell_minutes IS NULL)),
    CONSTRAINT protocol_sessions_ordered CHECK (
        sessions_min <= sessions_default AND sessions_default <= sessions_max),
    CONSTRAINT protocol_spacing_ordered CHECK (spacing_min_days <= spacing_max_days),
    CONSTRAINT protocol_maintenance_consistent CHECK (
        (maintenance_min_months IS NULL AND maintenance_max_months IS NULL)
        OR (maintenance_min_months IS NOT NULL AND maintenance_max_months IS NOT NULL
            AND maintenance_min_months <= maintenance_max_months))
);

-- Serves the list order and its keyset paging: (name, id) > (cursor values).
CREATE INDEX protocol_list_order ON protocol (name, id);
