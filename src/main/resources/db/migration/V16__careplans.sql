-- Care plans: each case's Individual Support Plan in versions (draft, awaiting approval, agreed,
-- superseded). A version is one aggregate: its goals, steps, barriers, prerequisites, overrides of
-- SMART warnings, progress, status changes, agreements and supervisor reviews are kept beside it,
-- ordered by position. Nothing is deleted: goals are discontinued and steps dropped with a reason;
-- a superseded version stays as it was.

-- A program's rules for care plans (programs do not know about plans): whether a supervisor
-- approves a plan before it counts as agreed, and how many months ahead a new plan reaches.
CREATE TABLE care_plan_settings (
    program_id                  UUID PRIMARY KEY REFERENCES program (id),
    version                     INT NOT NULL,
    require_supervisor_approval BOOLEAN NOT NULL,
    horizon_months              INT NOT NULL CHECK (horizon_months BETWEEN 1 AND 60),
    updated_by                  UUID NOT NULL REFERENCES app_user (id),
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE care_plan (
    id               UUID PRIMARY KEY,
    version          INT NOT NULL DEFAULT 0,
    case_id          UUID NOT NULL REFERENCES client_case (id),
    client_id        UUID NOT NULL REFERENCES client (id),
    number           INT NOT NULL CHECK (number >= 1),
    based_on         UUID REFERENCES care_plan (id),
    status           TEXT NOT NULL CHECK (status IN ('DRAFT', 'PENDING_APPROVAL', 'AGREED', 'SUPERSEDED')),
    client_goals     TEXT,
    cultural_context TEXT,
    review_date      DATE,
    horizon          DATE NOT NULL,
    started_by       UUID NOT NULL REFERENCES app_user (id),
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       UUID NOT NULL REFERENCES app_user (id),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    agreed_at        TIMESTAMP WITH TIME ZONE,
    superseded_at    TIMESTAMP WITH TIME ZONE,
    UNIQUE (case_id, number),
    CHECK ((status IN ('AGREED', 'SUPERSEDED')) = (agreed_at IS NOT NULL)),
    CHECK ((status = 'SUPERSEDED') = (superseded_at IS NOT NULL))
);
-- at most one version being drafted (or awaiting approval) and one in force per case
CREATE UNIQUE INDEX care_plan_one_draft_idx ON care_plan (case_id) WHERE status IN ('DRAFT', 'PENDING_APPROVAL');
CREATE UNIQUE INDEX care_plan_one_agreed_idx ON care_plan (case_id) WHERE status = 'AGREED';

-- Goals in the client's order of priority (position). goal_id stays the same in every version.
CREATE TABLE care_plan_goal (
    care_plan           UUID NOT NULL REFERENCES care_plan (id),
    position            INT NOT NULL,
    goal_id             UUID NOT NULL,
    added_in            INT NOT NULL,
    origin              TEXT NOT NULL CHECK (origin IN ('CLIENT', 'ASSESSMENT')),
    goal_area           TEXT,
    goal_area_label     TEXT,
    client_words        TEXT,
    statement           TEXT,
    life_domain         TEXT CHECK (life_domain IN ('basic-needs', 'health-wellness', 'social-support',
                                                    'employment-education', 'legal', 'safety')),
    indicator_measure   TEXT,
    indicator_unit      TEXT,
    indicator_baseline  NUMERIC,
    indicator_target    NUMERIC,
    indicator_direction TEXT CHECK (indicator_direction IN ('INCREASE', 'DECREASE')),
    relevance           TEXT,
    achievability       TEXT,
    target_date         DATE,
    status              TEXT NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED',
                                                        'PARTIALLY_ACHIEVED', 'NOT_ACHIEVED', 'DISCONTINUED')),
    status_reason       TEXT,
    output_metric       TEXT,
    outcome_metric      TEXT,
    PRIMARY KEY (care_plan, position),
    UNIQUE (care_plan, goal_id)
);
-- goals of every plan version by id (reports follow a goal across versions)
CREATE INDEX care_plan_goal_id_idx ON care_plan_goal (goal_id);

-- Action steps, in order under their goal. step_id stays the same in every version.
CREATE TABLE care_plan_step (
    care_plan         UUID NOT NULL REFERENCES care_plan (id),
    position          INT NOT NULL,
    step_id           UUID NOT NULL,
    goal_id           UUID NOT NULL,
    added_in          INT NOT NULL,
    description       TEXT NOT NULL,
    responsible_party TEXT CHECK (responsible_party IN ('CLIENT', 'CASE_WORKER', 'CARE_TEAM_MEMBER',
                                                        'OUTSIDE_PROVIDER', 'FAMILY_MEMBER')),
    responsible_user  UUID REFERENCES app_user (id),
    responsible_name  TEXT,
    due_date          DATE,
    resources_needed  TEXT,
    status            TEXT NOT NULL CHECK (status IN ('TODO', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    completed_on      DATE,
    status_reason     TEXT,
    status_changed_by UUID REFERENCES app_user (id),
    status_changed_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (care_plan, position),
    UNIQUE (care_plan, step_id),
    CHECK ((status = 'DONE') = (completed_on IS NOT NULL)),
    CHECK ((responsible_party = 'CARE_TEAM_MEMBER') = (responsible_user IS NOT NULL))
);

CREATE TABLE care_plan_step_prerequisite (
    care_plan        UUID NOT NULL REFERENCES care_plan (id),
    position         INT NOT NULL,
    step_id          UUID NOT NULL,
    requires_step_id UUID NOT NULL,
    PRIMARY KEY (care_plan, position),
    CHECK (step_id <> requires_step_id)
);

CREATE TABLE care_plan_step_barrier (
    care_plan  UUID NOT NULL REFERENCES care_plan (id),
    position   INT NOT NULL,
    step_id    UUID NOT NULL,
    barrier    TEXT NOT NULL,
    mitigation TEXT NOT NULL,
    PRIMARY KEY (care_plan, position)
);

-- A weak SMART element of a goal that the worker accepted, with the reason.
CREATE TABLE care_plan_goal_override (
    care_plan     UUID NOT NULL REFERENCES care_plan (id),
    position      INT NOT NULL,
    goal_id       UUID NOT NULL,
    element       TEXT NOT NULL CHECK (element IN ('SPECIFIC', 'MEASURABLE', 'ACHIEVABLE', 'RELEVANT', 'TIME_BOUND')),
    reason        TEXT NOT NULL,
    overridden_by UUID NOT NULL REFERENCES app_user (id),
    overridden_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (care_plan, position)
);

CREATE TABLE care_plan_progress (
    care_plan   UUID NOT NULL REFERENCES care_plan (id),
    position    INT NOT NULL,
    goal_id     UUID NOT NULL,
    on_date     DATE NOT NULL,
    value       NUMERIC,
    note        TEXT,
    recorded_by UUID NOT NULL REFERENCES app_user (id),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (care_plan, position),
    CHECK (value IS NOT NULL OR note IS NOT NULL)
);

CREATE TABLE care_plan_goal_status (
    care_plan   UUID NOT NULL REFERENCES care_plan (id),
    position    INT NOT NULL,
    goal_id     UUID NOT NULL,
    status_from TEXT NOT NULL,
    status_to   TEXT NOT NULL,
    reason      TEXT,
    changed_by  UUID NOT NULL REFERENCES app_user (id),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (care_plan, position)
);

-- Signatures drawn on the screen (PNG, at most 200 KB), kept apart from the plan's rows.
CREATE TABLE care_plan_signature (
    id          UUID PRIMARY KEY,
    version     INT NOT NULL DEFAULT 0,
    care_plan   UUID NOT NULL REFERENCES care_plan (id),
    png         BYTEA NOT NULL CHECK (octet_length(png) <= 204800),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE care_plan_agreement (
    care_plan    UUID NOT NULL REFERENCES care_plan (id),
    position     INT NOT NULL,
    method       TEXT NOT NULL CHECK (method IN ('SIGNATURE', 'VERBAL')),
    agreed_on    DATE NOT NULL,
    signature_id UUID REFERENCES care_plan_signature (id),
    witness_name TEXT,
    client_words TEXT,
    recorded_by  UUID NOT NULL REFERENCES app_user (id),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (care_plan, position),
    CHECK ((method = 'SIGNATURE') = (signature_id IS NOT NULL)),
    CHECK (method <> 'VERBAL' OR witness_name IS NOT NULL)
);

CREATE TABLE care_plan_review (
    care_plan   UUID NOT NULL REFERENCES care_plan (id),
    position    INT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('APPROVED', 'RETURNED')),
    comments    TEXT,
    reviewed_by UUID NOT NULL REFERENCES app_user (id),
    reviewed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (care_plan, position),
    CHECK (decision <> 'RETURNED' OR comments IS NOT NULL)
);
