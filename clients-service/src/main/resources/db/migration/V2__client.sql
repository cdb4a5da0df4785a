CREATE TABLE client (
    id             uuid         PRIMARY KEY,
    given_name     varchar(100) NOT NULL,
    family_name    varchar(100) NOT NULL,
    preferred_name varchar(100),
    date_of_birth  date         NOT NULL,
    email          varchar(254),
    phone          varchar(16),
    time_zone      varchar(64)  NOT NULL,
    status         varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'ARCHIVED', 'ERASED')),
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    version        bigint       NOT NULL
);

-- Serves the list order and its keyset paging: (family_name, given_name, id) > (cursor values).
CREATE INDEX client_list_order ON client (family_name, given_name, id);
