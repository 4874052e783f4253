-- Closure of a case (guide 000, "Case Closure and Transitions"): the reason, the five
-- procedures (advance notice, progress review, relapse-prevention and crisis plan, ongoing
-- resources, the closure summary), the supervisor's decision and any reopening. Nothing is
-- deleted: a withdrawn or returned closure stays with its history; a signed summary is
-- corrected by addenda.

-- A program's rules for closures; a program without a row uses the defaults (approval
-- required, 14 days' notice, 3 outreach attempts, reopening within 90 days).
CREATE TABLE closure_settings (
    program_id                  UUID PRIMARY KEY REFERENCES program (id),
    version                     INT NOT NULL,
    require_supervisor_approval BOOLEAN NOT NULL,
    notice_days                 INT NOT NULL CHECK (notice_days BETWEEN 0 AND 180),
    outreach_attempts           INT NOT NULL CHECK (outreach_attempts BETWEEN 1 AND 20),
    reopen_window_days          INT NOT NULL CHECK (reopen_window_days BETWEEN 0 AND 730),
    updated_by                  UUID NOT NULL REFERENCES app_user (id),
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE closure_request (
    id                   UUID PRIMARY KEY,
    version              INT NOT NULL DEFAULT 0,
    case_id              UUID NOT NULL REFERENCES client_case (id),
    client_id            UUID NOT NULL REFERENCES client (id),
    program_id           UUID NOT NULL REFERENCES program (id),
    status               TEXT NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'WITHDRAWN')),
    reason               TEXT NOT NULL CHECK (reason IN ('GOALS_ACHIEVED', 'SKILLS_DEVELOPED', 'NATURAL_SUPPORTS',
                             'SERVICE_REFUSAL', 'ELIGIBILITY_LOST', 'TRANSFER')),
    reason_note          TEXT,
    closure_date         DATE NOT NULL,
    check_in_days        INT CHECK (check_in_days IN (30, 90)),
    notice_given_on      DATE,
    notice_method        TEXT,
    notice_note          TEXT,
    progress_reviewed_on DATE,
    progress_note        TEXT,
    relapse_plan         JSONB,
    resources            JSONB NOT NULL DEFAULT '[]',
    summary              JSONB,
    summary_drafted_at   TIMESTAMP WITH TIME ZONE,
    summary_signed_at    TIMESTAMP WITH TIME ZONE,
    summary_signed_by    UUID REFERENCES app_user (id),
    handoff_referral_id  UUID,
    requested_by         UUID NOT NULL REFERENCES app_user (id),
    requested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by         UUID REFERENCES app_user (id),
    submitted_at         TIMESTAMP WITH TIME ZONE,
    decided_by           UUID REFERENCES app_user (id),
    decided_at           TIMESTAMP WITH TIME ZONE,
    justification        TEXT,
    closed_on            DATE,
    reopened_by          UUID REFERENCES app_user (id),
    reopened_at          TIMESTAMP WITH TIME ZONE,
    reopen_reason        TEXT,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((summary_signed_at IS NULL) = (summary_signed_by IS NULL)),
    CHECK ((status = 'APPROVED') = (closed_on IS NOT NULL))
);
-- at most one closure under way per case
CREATE UNIQUE INDEX closure_request_active_idx ON closure_request (case_id)
    WHERE status IN ('DRAFT', 'SUBMITTED', 'RETURNED');
CREATE INDEX closure_request_case_idx ON closure_request (case_id, requested_at DESC);

-- What happened to a closure request, oldest first: started, submitted, approved, returned
-- with comments, withdrawn with the reason, closed, reopened.
CREATE TABLE closure_event (
    id          UUID PRIMARY KEY,
    closure_id  UUID NOT NULL REFERENCES closure_request (id),
    action      TEXT NOT NULL CHECK (action IN ('STARTED', 'SUBMITTED', 'APPROVED', 'RETURNED', 'WITHDRAWN',
                    'CLOSED', 'REOPENED', 'SUMMARY_SIGNED', 'HANDOFF_SENT')),
    comments    TEXT,
    by_user     UUID NOT NULL REFERENCES app_user (id),
    at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX closure_event_closure_idx ON closure_event (closure_id, at);

-- Corrections of a signed closure summary, signed by their author as they are written.
CREATE TABLE closure_summary_addendum (
    id         UUID PRIMARY KEY,
    closure_id UUID NOT NULL REFERENCES closure_request (id),
    text       TEXT NOT NULL,
    author_id  UUID NOT NULL REFERENCES app_user (id),
    signed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX closure_summary_addendum_idx ON closure_summary_addendum (closure_id, signed_at);

-- Attempts to reach a client who disengaged, with the date, the way and what came of it:
-- a closure for service refusal needs the program's number of them.
CREATE TABLE closure_outreach_attempt (
    id           UUID PRIMARY KEY,
    case_id      UUID NOT NULL REFERENCES client_case (id),
    attempted_on DATE NOT NULL,
    method       TEXT NOT NULL CHECK (method IN ('PHONE', 'TEXT', 'EMAIL', 'LETTER', 'HOME_VISIT', 'OTHER')),
    outcome      TEXT NOT NULL,
    recorded_by  UUID NOT NULL REFERENCES app_user (id),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX closure_outreach_attempt_case_idx ON closure_outreach_attempt (case_id, attempted_on);
