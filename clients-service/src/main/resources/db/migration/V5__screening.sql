-- Contraindication screenings (docs/domain.md): the answers to one version of the questionnaire, recorded by a
-- practitioner at an instant. Append-only: a correction is a new screening, so the trigger below refuses updates,
-- deletes and truncation; erasure of a client keeps them for clinical retention. The answers are one JSON document in
-- the shape of the API's ScreeningAnswers; questionnaire_version says which shape.
CREATE TABLE screening (
    id                    uuid         PRIMARY KEY,
    client_id             uuid         NOT NULL REFERENCES client (id),
    questionnaire_version smallint     NOT NULL
        CONSTRAINT screening_questionnaire_version_known CHECK (questionnaire_version >= 1),
    answers               jsonb        NOT NULL
        CONSTRAINT screening_answers_object CHECK (jsonb_typeof(answers) = 'object'),
    recorded_at           timestamptz  NOT NULL,
    recorded_by           varchar(255) NOT NULL
);

-- One index for every read: the client's history newest first and its keyset paging
-- ((recorded_at, id) < cursor values), the latest screening (the first row), and the export (read backwards).
CREATE INDEX screening_history ON screening (client_id, recorded_at DESC, id DESC);

CREATE FUNCTION screening_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'screening is append-only: record a new screening instead';
END $$;

CREATE TRIGGER screening_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON screening
    FOR EACH STATEMENT EXECUTE FUNCTION screening_refuse_change();
