-- Intake: the standardized screening every client goes through before a program
-- decision (guide 000, "Initial Intake Procedures"). Five sections the worker fills in
-- any order and resumes later; a NULL answer is an unanswered question. Never deleted:
-- a decided intake stays readable.
CREATE TABLE intake (
    id                         UUID PRIMARY KEY,
    version                    INT NOT NULL DEFAULT 0,
    agency_id                  UUID NOT NULL,
    client_id                  UUID NOT NULL REFERENCES client (id),
    program_id                 UUID NOT NULL REFERENCES program (id),
    worker_id                  UUID NOT NULL REFERENCES app_user (id),
    started_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    status                     TEXT NOT NULL CHECK (status IN ('DRAFT', 'DECIDED')),
    -- 1. rapport
    confidentiality_explained  BOOLEAN,
    explained_by               TEXT,
    explained_on               DATE,
    preferred_language         TEXT,
    interpreter_used           BOOLEAN,
    -- 2. presenting issue, in the client's own words
    why_now                    TEXT,
    hopes                      TEXT,
    worker_summary             TEXT,
    immediate_crisis           BOOLEAN,
    -- 3. eligibility screening (answers; the evaluation is kept below)
    date_of_birth              DATE,
    household_size             INT,
    annual_income              NUMERIC(12, 2),
    county                     TEXT,
    zip_code                   TEXT,
    eligibility_status         TEXT,
    eligibility_evaluated_on   DATE,
    -- 4. urgency screen
    danger_to_self             BOOLEAN,
    danger_to_others           BOOLEAN,
    safety_concern             BOOLEAN,
    no_safe_place_tonight      BOOLEAN,
    no_food                    BOOLEAN,
    medical_emergency          BOOLEAN,
    other_crisis               BOOLEAN,
    other_crisis_detail        TEXT,
    priority                   TEXT CHECK (priority IN ('EMERGENCY', 'URGENT', 'ROUTINE')),
    -- 5. initial documentation
    referral_source            TEXT,
    contact_confirmed          BOOLEAN,
    initial_impressions        TEXT,
    -- the decision
    decision                   TEXT CHECK (decision IN ('ENROLL', 'WAITLIST', 'REFER_OUT', 'DECLINE', 'INELIGIBLE')),
    decision_reason            TEXT,
    referred_to                TEXT,
    decided_by                 UUID REFERENCES app_user (id),
    decided_at                 TIMESTAMP WITH TIME ZONE,
    case_id                    UUID,
    enrolled_from_waitlist_at  TIMESTAMP WITH TIME ZONE
);

CREATE INDEX intake_client_idx ON intake (client_id);
CREATE INDEX intake_worker_idx ON intake (worker_id, updated_at DESC);
CREATE INDEX intake_waitlist_idx ON intake (program_id, decided_at) WHERE decision = 'WAITLIST' AND case_id IS NULL;

-- Yes/no screening answers by the program rule they answer.
CREATE TABLE intake_answer (
    intake   UUID NOT NULL REFERENCES intake (id),
    rule_key TEXT NOT NULL,
    answer   BOOLEAN NOT NULL,
    PRIMARY KEY (intake, rule_key)
);

-- The eligibility evaluation as it was when the screening was last saved: the basis
-- stays documented even when the program's rules change later.
CREATE TABLE intake_rule_result (
    intake   UUID NOT NULL REFERENCES intake (id),
    position INT NOT NULL,
    rule_key TEXT NOT NULL,
    kind     TEXT NOT NULL,
    outcome  TEXT NOT NULL CHECK (outcome IN ('MET', 'NOT_MET', 'UNKNOWN')),
    basis    TEXT NOT NULL,
    PRIMARY KEY (intake, position)
);
