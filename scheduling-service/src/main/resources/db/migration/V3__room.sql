-- The clinic's treatment rooms. Names are unique ignoring case ("Room 2" and "room 2" are the same room); the service
-- checks that before inserting and the index guards against two requests at once.
CREATE TABLE room (
    id          uuid         PRIMARY KEY,
    name        varchar(80)  NOT NULL,
    description varchar(500),
    active      boolean      NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL
);

CREATE UNIQUE INDEX room_name_unique ON room (lower(name));

-- Serves the list order and its keyset paging: (name, id) > (cursor values). The optional "active" filter is applied
-- on the same scan; a clinic has a handful of rooms.
CREATE INDEX room_list_order ON room (name, id);
