-- Who read or changed which client, screening or consent, and when. Append-only: the trigger below refuses updates,
-- deletes and truncation, and erasure of a client keeps its audit (no personal data is stored here, only ids).
CREATE TABLE audit_event (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at   timestamptz  NOT NULL,
    actor         varchar(255) NOT NULL,
    actor_roles   varchar(255) NOT NULL,
    on_behalf_of  varchar(255),
    action        varchar(16)  NOT NULL,
    record_type   varchar(24)  NOT NULL,
    record_id     uuid         NOT NULL,
    client_id     uuid         NOT NULL
);

-- A client's trail, newest first, paged by id.
CREATE INDEX audit_event_client_trail ON audit_event (client_id, id DESC);

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END $$;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
