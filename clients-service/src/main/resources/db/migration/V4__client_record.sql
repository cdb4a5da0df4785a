-- The full client record (clients issue): postal address, contact preference, marketing opt-ins with when they
-- changed, skin type and concerns, notes, erasure; and the columns and indexes that keep search fast at 100k clients.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA clients;

ALTER TABLE client
    ADD COLUMN address_line1              varchar(200),
    ADD COLUMN address_line2              varchar(200),
    ADD COLUMN address_locality           varchar(100),
    ADD COLUMN address_region             varchar(100),
    ADD COLUMN address_postal_code        varchar(20),
    ADD COLUMN address_country            varchar(2),
    ADD COLUMN preferred_contact_channel  varchar(8)
        CHECK (preferred_contact_channel IN ('EMAIL', 'SMS', 'PHONE', 'POST')),
    ADD COLUMN marketing_email            boolean      NOT NULL DEFAULT false,
    ADD COLUMN marketing_email_changed_at timestamptz,
    ADD COLUMN marketing_sms              boolean      NOT NULL DEFAULT false,
    ADD COLUMN marketing_sms_changed_at   timestamptz,
    ADD COLUMN skin_type                  varchar(3)
        CHECK (skin_type IN ('I', 'II', 'III', 'IV', 'V', 'VI')),
    ADD COLUMN skin_concerns              varchar(32)[] NOT NULL DEFAULT '{}',
    ADD COLUMN notes                      varchar(2000),
    -- Lower-case, accent-free forms of the names, written by the service (client.domain.NameKey): search matches
    -- fragments of search_name through a trigram index; lists sort by sort_name so that "Émile" sorts with "Emile".
    ADD COLUMN search_name                text,
    ADD COLUMN sort_name                  text,
    ADD COLUMN erased_at                  timestamptz,
    ADD COLUMN erased_by                  varchar(255),
    ADD COLUMN erasure_reason             varchar(500),
    ADD CONSTRAINT client_address_complete CHECK (
        (address_line1 IS NULL AND address_line2 IS NULL AND address_locality IS NULL AND address_region IS NULL
             AND address_postal_code IS NULL AND address_country IS NULL)
        OR (address_line1 IS NOT NULL AND address_locality IS NOT NULL AND address_country IS NOT NULL)),
    ADD CONSTRAINT client_erasure_recorded CHECK ((status = 'ERASED') = (erased_at IS NOT NULL));

-- Rows written before this migration (local demo data) get keys without accent folding; the next update refolds them.
UPDATE client
   SET search_name = lower(given_name || ' ' || coalesce(preferred_name || ' ', '') || family_name),
       sort_name = lower(family_name) || chr(1) || lower(given_name),
       marketing_email_changed_at = created_at,
       marketing_sms_changed_at = created_at;

ALTER TABLE client
    ALTER COLUMN search_name SET NOT NULL,
    ALTER COLUMN sort_name SET NOT NULL;

DROP INDEX client_list_order;
-- The default list order and its keyset paging: (sort_name, id) > (cursor values).
CREATE INDEX client_name_order ON client (sort_name, id);
-- Name fragments anywhere in any of the names: search_name LIKE '%fragment%'.
CREATE INDEX client_name_search ON client USING gin (search_name gin_trgm_ops);
-- Exact lookups the front desk and integrations make, and the duplicate guard.
CREATE INDEX client_email ON client (lower(email));
CREATE INDEX client_phone ON client (phone);
CREATE INDEX client_date_of_birth ON client (date_of_birth);
-- Incremental sync: updatedSince, in (updated_at, id) order.
CREATE INDEX client_updated ON client (updated_at, id);
