-- Scheduled work runs on one app node at a time: ShedLock's lock rows (its documented
-- PostgreSQL layout), timed by the database's clock.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);

-- The work queue: tasks written by hand and tasks and alerts raised by the monitoring rules.
-- A rule's task carries the rule's key for one occurrence (unique: a rule run twice raises
-- nothing new) and resolves itself when the condition ends. Nothing is deleted: a task ends
-- done, dismissed with a reason, or resolved.
CREATE TABLE task (
    id            UUID PRIMARY KEY,
    version       INT NOT NULL DEFAULT 0,
    kind          TEXT NOT NULL CHECK (kind IN ('MANUAL', 'NO_CONTACT', 'GOAL_REVIEW', 'REASSESSMENT',
                      'REFERRAL_FOLLOW_UP', 'UNSIGNED_NOTE', 'CONSENT_EXPIRING', 'CRISIS', 'EMERGENCY_ACCESS',
                      'PLAN_APPROVAL')),
    rule_key      TEXT UNIQUE,
    alert         BOOLEAN NOT NULL,
    title         TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    case_id       UUID,
    case_number   TEXT,
    client_id     UUID,
    owner_id      UUID NOT NULL REFERENCES app_user (id),
    case_priority TEXT NOT NULL CHECK (case_priority IN ('EMERGENCY', 'URGENT', 'ROUTINE')),
    due_on        DATE NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('OPEN', 'DONE', 'DISMISSED', 'RESOLVED')),
    created_by    UUID REFERENCES app_user (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by     UUID REFERENCES app_user (id),
    closed_at     TIMESTAMP WITH TIME ZONE,
    closed_note   TEXT,
    CHECK ((kind = 'MANUAL') = (rule_key IS NULL)),
    CHECK ((status = 'OPEN') = (closed_at IS NULL)),
    CHECK (status <> 'DISMISSED' OR closed_note IS NOT NULL)
);
CREATE INDEX task_owner_open_idx ON task (owner_id, due_on) WHERE status = 'OPEN';
CREATE INDEX task_case_open_idx ON task (case_id) WHERE status = 'OPEN';
CREATE INDEX task_kind_open_idx ON task (kind) WHERE status = 'OPEN';

-- One reminder digest per worker and day, whichever app node sends it.
CREATE TABLE task_reminder (
    owner_id UUID NOT NULL REFERENCES app_user (id),
    sent_on  DATE NOT NULL,
    sent_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    tasks    INT NOT NULL,
    PRIMARY KEY (owner_id, sent_on)
);
