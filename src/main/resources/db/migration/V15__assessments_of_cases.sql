-- Assessments of cases: each taken with one version of an instrument, its answers kept as a
-- FHIR R4 QuestionnaireResponse (JSON), its domain scores typed. Never deleted: corrections are
-- addenda, an assessment taken in error is voided with a reason.
CREATE TABLE assessment (
    id                 UUID PRIMARY KEY,
    version            INT NOT NULL DEFAULT 0,
    case_id            UUID NOT NULL REFERENCES client_case (id),
    client_id          UUID NOT NULL REFERENCES client (id),
    instrument_code    TEXT NOT NULL,
    instrument_version INT NOT NULL,
    core               BOOLEAN NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('INITIAL', 'REASSESSMENT')),
    status             TEXT NOT NULL CHECK (status IN ('DRAFT', 'COMPLETED', 'VOIDED')),
    response           TEXT NOT NULL,
    started_by         UUID NOT NULL REFERENCES app_user (id),
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         UUID NOT NULL REFERENCES app_user (id),
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_by       UUID REFERENCES app_user (id),
    completed_at       TIMESTAMP WITH TIME ZONE,
    voided_by          UUID REFERENCES app_user (id),
    voided_at          TIMESTAMP WITH TIME ZONE,
    void_reason        TEXT,
    FOREIGN KEY (instrument_code, instrument_version) REFERENCES instrument_version (code, version),
    CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL) OR status = 'VOIDED'),
    CHECK ((status = 'VOIDED') = (void_reason IS NOT NULL))
);
CREATE INDEX assessment_case_idx ON assessment (case_id, started_at DESC);
-- at most one draft per case and instrument: a second start continues the first
CREATE UNIQUE INDEX assessment_one_draft_idx ON assessment (case_id, instrument_code) WHERE status = 'DRAFT';

CREATE TABLE assessment_domain_score (
    assessment  UUID NOT NULL REFERENCES assessment (id),
    position    INT NOT NULL,
    domain_code TEXT NOT NULL,
    label       TEXT NOT NULL,
    score       NUMERIC,
    max_score   NUMERIC,
    rating      TEXT CHECK (rating IN ('IN_CRISIS', 'VULNERABLE', 'STABLE', 'SAFE', 'THRIVING')),
    PRIMARY KEY (assessment, position)
);

CREATE TABLE assessment_addendum (
    assessment UUID NOT NULL REFERENCES assessment (id),
    position   INT NOT NULL,
    text       TEXT NOT NULL,
    written_by UUID NOT NULL REFERENCES app_user (id),
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (assessment, position)
);

-- Significant changes a worker recorded on a case (crisis, goal achieved, service refused,
-- moved): each makes a reassessment due at once.
CREATE TABLE assessment_trigger (
    id          UUID PRIMARY KEY,
    version     INT NOT NULL DEFAULT 0,
    case_id     UUID NOT NULL REFERENCES client_case (id),
    change      TEXT NOT NULL CHECK (change IN ('CRISIS', 'GOAL_ACHIEVED', 'SERVICE_REFUSED', 'MOVED', 'OTHER')),
    note        TEXT,
    recorded_by UUID NOT NULL REFERENCES app_user (id),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX assessment_trigger_case_idx ON assessment_trigger (case_id, recorded_at DESC);
