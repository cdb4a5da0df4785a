-- Answers to creating POSTs, kept for their retention period so that a retry with the same Idempotency-Key gets the
-- same answer (see platform.idempotency.Idempotency). Keys belong to the token subject that sent them.
CREATE TABLE idempotency_record (
    subject             varchar(255) NOT NULL,
    idempotency_key     varchar(255) NOT NULL,
    request_fingerprint char(64)     NOT NULL,
    response_status     smallint,
    response_location   text,
    response_etag       text,
    response_body       text,
    created_at          timestamptz  NOT NULL,
    PRIMARY KEY (subject, idempotency_key)
);

CREATE INDEX idempotency_record_created_at ON idempotency_record (created_at);
