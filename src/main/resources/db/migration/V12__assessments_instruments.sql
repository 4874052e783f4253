-- Assessment instruments: FHIR R4 Questionnaires in the subset the README describes. An
-- instrument is known by its code (the Questionnaire's id). Every upload or edit adds a
-- version; versions are never changed or deleted, so an assessment always finds the
-- version it was taken with. New assessments use the latest version of an active
-- instrument; a retired one keeps its versions readable.
CREATE TABLE instrument (
    code           TEXT PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9.-]{1,64}$'),
    -- the entity tag of the instrument: bumps with each new version and each status change
    revision       INT NOT NULL,
    url            TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL,
    latest_version INT NOT NULL CHECK (latest_version > 0),
    status         TEXT NOT NULL CHECK (status IN ('ACTIVE', 'RETIRED')),
    retired_reason TEXT,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((status = 'RETIRED') = (retired_reason IS NOT NULL))
);

CREATE TABLE instrument_version (
    code          TEXT NOT NULL REFERENCES instrument (code),
    version       INT NOT NULL CHECK (version > 0),
    title         TEXT NOT NULL,
    -- the Questionnaire exactly as it is served (JSON text, so its order and layout stay)
    questionnaire TEXT NOT NULL,
    -- SHIPPED with Casework (loaded at startup) or UPLOADED by a program admin
    origin        TEXT NOT NULL CHECK (origin IN ('SHIPPED', 'UPLOADED')),
    uploaded_by   UUID,
    uploaded_by_username TEXT,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (code, version),
    CHECK ((origin = 'UPLOADED') = (uploaded_by IS NOT NULL))
);

CREATE FUNCTION instrument_version_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'instrument versions are never changed: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER instrument_version_no_update_or_delete BEFORE UPDATE OR DELETE ON instrument_version
    FOR EACH ROW EXECUTE FUNCTION instrument_version_is_append_only();

-- The instruments a program uses, and which of them is its core assessment. The program is
-- the programs module's; its existence is checked through that module's API, so there is
-- no foreign key into its tables. version is the entity tag of the program's choice.
CREATE TABLE program_instrument_set (
    program_id UUID PRIMARY KEY,
    version    INT NOT NULL,
    updated_by UUID NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE program_instrument (
    program_id      UUID NOT NULL REFERENCES program_instrument_set (program_id),
    position        INT NOT NULL,
    instrument_code TEXT NOT NULL REFERENCES instrument (code),
    core            BOOLEAN NOT NULL,
    PRIMARY KEY (program_id, position),
    UNIQUE (program_id, instrument_code)
);

-- At most one core assessment per program (the service also requires one when any are chosen).
CREATE UNIQUE INDEX program_instrument_one_core ON program_instrument (program_id) WHERE core;
CREATE INDEX program_instrument_by_instrument ON program_instrument (instrument_code);
