-- Referrals: a case refers its client to a directory service; the receiving provider
-- answers through a secure link. Status follows the FHIR Task lifecycle of the Gravity
-- SDOH Clinical Care IG. Nothing is deleted: a mistaken referral is entered-in-error.
CREATE TABLE referral (
    id                 UUID PRIMARY KEY,
    version            INT NOT NULL DEFAULT 0,
    case_id            UUID NOT NULL,
    client_id          UUID NOT NULL,
    program_id         UUID NOT NULL,
    agency_id          UUID NOT NULL,
    case_number        TEXT NOT NULL,
    -- who the client is, as the referral was made: what the provider needs to reach them
    client_name        TEXT NOT NULL,
    client_birth_date  DATE,
    client_language    TEXT,
    client_phone       TEXT,
    plan_step_id       UUID,
    service_id         UUID NOT NULL,
    service_name       TEXT NOT NULL,
    organization_id    UUID,
    organization_name  TEXT NOT NULL,
    reason             TEXT NOT NULL,
    urgency            TEXT NOT NULL CHECK (urgency IN ('EMERGENCY', 'URGENT', 'ROUTINE')),
    status             TEXT NOT NULL,
    status_reason      TEXT,
    appointment_at     TIMESTAMP WITH TIME ZONE,
    appointment_note   TEXT,
    attended           BOOLEAN,
    attendance_note    TEXT,
    attendance_at      TIMESTAMP WITH TIME ZONE,
    service_received   BOOLEAN,
    outcome_note       TEXT,
    created_by         UUID NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_at       TIMESTAMP WITH TIME ZONE,
    answered_at        TIMESTAMP WITH TIME ZONE,
    ended_at           TIMESTAMP WITH TIME ZONE,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX referral_case ON referral (case_id, created_at DESC);
CREATE INDEX referral_waiting ON referral (status, requested_at) WHERE status = 'requested';
CREATE INDEX referral_appointment ON referral (appointment_at) WHERE attended IS NULL AND appointment_at IS NOT NULL;

-- What the referral shares with the provider, each item under a category of
-- information; the provider sees an item only while a consent covers its category.
CREATE TABLE referral_shared_item (
    referral_id UUID NOT NULL REFERENCES referral (id),
    position    INT NOT NULL,
    category    TEXT NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (referral_id, position)
);

CREATE TABLE referral_status_change (
    id          UUID PRIMARY KEY,
    referral_id UUID NOT NULL REFERENCES referral (id),
    from_status TEXT,
    to_status   TEXT NOT NULL,
    reason      TEXT,
    side        TEXT NOT NULL CHECK (side IN ('REQUESTER', 'TARGET')),
    changed_by  UUID,
    link_id     UUID,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX referral_status_change_referral ON referral_status_change (referral_id, changed_at);

-- Secure links for providers without a Casework account: only the SHA-256 of the token
-- is kept; a link expires and can be revoked.
CREATE TABLE referral_link (
    id             UUID PRIMARY KEY,
    referral_id    UUID NOT NULL REFERENCES referral (id),
    token_hash     TEXT NOT NULL UNIQUE,
    created_by     UUID NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    revoked_by     UUID,
    views          INT NOT NULL DEFAULT 0,
    last_viewed_at TIMESTAMP WITH TIME ZONE
);

-- Follow-ups raised when a referral stalls: no answer after the program's business
-- days, an appointment passed with no attendance recorded, a rejection (find another
-- service). One per occurrence (rule_key); each resolves itself when the condition ends.
CREATE TABLE referral_follow_up (
    id          UUID PRIMARY KEY,
    referral_id UUID NOT NULL REFERENCES referral (id),
    case_id     UUID NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('NO_ANSWER', 'APPOINTMENT_PASSED', 'REJECTED')),
    rule_key    TEXT NOT NULL UNIQUE,
    due_on      DATE NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('OPEN', 'DONE', 'DISMISSED', 'RESOLVED')),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at   TIMESTAMP WITH TIME ZONE,
    closed_by   UUID,
    closed_note TEXT
);
CREATE INDEX referral_follow_up_open ON referral_follow_up (case_id) WHERE status = 'OPEN';

-- How many business days a program waits for a provider's answer before a follow-up.
CREATE TABLE referral_program_setting (
    program_id             UUID PRIMARY KEY,
    version                INT NOT NULL DEFAULT 0,
    no_answer_business_days INT NOT NULL CHECK (no_answer_business_days BETWEEN 1 AND 30),
    updated_by             UUID NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
