-- Consent documents and clients' consents to them (see docs/domain.md, "Consent", and the README's "Consents").

-- The texts clients agree to, one numbered series of versions per kind. A published document never changes: a
-- consent names the exact text the client agreed to, so a correction is a new version. The trigger at the end refuses
-- updates and deletes. The service assigns versions under a transaction-scoped advisory lock per kind
-- (ConsentDocumentService.publish); the unique index is the last guard.
CREATE TABLE consent_document (
    id           uuid         PRIMARY KEY,
    -- "C" collation: the list is ordered by kind code, and codes must sort the same on every server.
    kind         varchar(32)  COLLATE "C" NOT NULL
        CONSTRAINT consent_document_kind_known CHECK (kind IN ('MICRONEEDLING_TREATMENT', 'PHOTOGRAPHY', 'MARKETING')),
    version      integer      NOT NULL
        CONSTRAINT consent_document_version_positive CHECK (version >= 1),
    title        varchar(200) NOT NULL,
    text         text         NOT NULL
        CONSTRAINT consent_document_text_length CHECK (char_length(text) BETWEEN 1 AND 100000),
    text_sha256  varchar(64)  NOT NULL
        CONSTRAINT consent_document_text_sha256_hex CHECK (text_sha256 ~ '^[0-9a-f]{64}$'),
    published_at timestamptz  NOT NULL,
    published_by varchar(255) NOT NULL,

    -- Lets client_consent check that the kind and version it copies are the document's own.
    CONSTRAINT consent_document_id_kind_version UNIQUE (id, kind, version)
);

-- One version number per kind; serves the list order (kind, newest version first), its keyset paging and the
-- "current version of a kind" look-ups (the highest version).
CREATE UNIQUE INDEX consent_document_kind_version ON consent_document (kind, version DESC);

CREATE FUNCTION consent_document_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'consent_document is immutable: publish a new version instead';
END $$;

CREATE TRIGGER consent_document_immutable
    BEFORE UPDATE OR DELETE OR TRUNCATE ON consent_document
    FOR EACH STATEMENT EXECUTE FUNCTION consent_document_refuse_change();

-- A client's agreement to one document version. Kind and version are copied from the document so that a client's
-- consent status is read from this table alone; the composite foreign key keeps the copies true. A consent is kept
-- for clinical retention (erasure pseudonymises the client, not this); the only change it may undergo is its
-- revocation, once, which the trigger below enforces.
CREATE TABLE client_consent (
    id                uuid         PRIMARY KEY,
    client_id         uuid         NOT NULL REFERENCES client (id),
    document_id       uuid         NOT NULL,
    kind              varchar(32)  COLLATE "C" NOT NULL,
    document_version  integer      NOT NULL,
    signed_at         timestamptz  NOT NULL,
    method            varchar(32)  NOT NULL
        CONSTRAINT client_consent_method_known CHECK (method IN ('HANDWRITTEN_SIGNATURE', 'ELECTRONIC_SIGNATURE',
            'VERBAL_WITNESSED')),
    captured_by       varchar(255) NOT NULL,
    recorded_at       timestamptz  NOT NULL,
    revoked_at        timestamptz,
    revoked_by        varchar(255),
    revocation_reason varchar(500),

    CONSTRAINT client_consent_document FOREIGN KEY (document_id, kind, document_version)
        REFERENCES consent_document (id, kind, version),
    CONSTRAINT client_consent_revocation_complete CHECK (
        (revoked_at IS NULL AND revoked_by IS NULL AND revocation_reason IS NULL)
        OR (revoked_at IS NOT NULL AND revoked_by IS NOT NULL AND revocation_reason IS NOT NULL))
);

-- A client's consents newest first (by when they were signed), paged by keyset; also serves the status, which looks
-- at each kind's newest consents.
CREATE INDEX client_consent_client_newest ON client_consent (client_id, signed_at DESC, recorded_at DESC, id DESC);

-- At most one standing (unrevoked) consent per client and document: a second one would only be a duplicate. The
-- service checks first and answers 409 naming the standing consent; this is the guard for two requests at once.
CREATE UNIQUE INDEX client_consent_one_standing ON client_consent (client_id, document_id) WHERE revoked_at IS NULL;

CREATE FUNCTION client_consent_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND OLD.revoked_at IS NULL
       AND NEW.revoked_at IS NOT NULL
       AND (NEW.id, NEW.client_id, NEW.document_id, NEW.kind, NEW.document_version, NEW.signed_at, NEW.method,
            NEW.captured_by, NEW.recorded_at)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.client_id, OLD.document_id, OLD.kind, OLD.document_version, OLD.signed_at, OLD.method,
            OLD.captured_by, OLD.recorded_at) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'client_consent is append-only: a consent may only be revoked, once';
END $$;

CREATE TRIGGER client_consent_revocation_only
    BEFORE UPDATE OR DELETE ON client_consent
    FOR EACH ROW EXECUTE FUNCTION client_consent_refuse_change();

CREATE FUNCTION client_consent_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'client_consent is append-only';
END $$;

CREATE TRIGGER client_consent_no_truncate
    BEFORE TRUNCATE ON client_consent
    FOR EACH STATEMENT EXECUTE FUNCTION client_consent_refuse_truncate();
