-- The people who treat clients. Each logs in with the token subject recorded here, so a subject names at most one
-- practitioner; the service checks that before inserting and the constraint guards against two requests at once.
CREATE TABLE practitioner (
    id           uuid         PRIMARY KEY,
    display_name varchar(120) NOT NULL,
    subject      varchar(255) NOT NULL,
    email        varchar(254),
    active       boolean      NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    version      bigint       NOT NULL,
    CONSTRAINT practitioner_subject_unique UNIQUE (subject)
);

-- Serves the list order and its keyset paging: (display_name, id) > (cursor values). The optional "active" filter is
-- applied on the same scan; a clinic has tens of practitioners, not thousands.
CREATE INDEX practitioner_list_order ON practitioner (display_name, id);
