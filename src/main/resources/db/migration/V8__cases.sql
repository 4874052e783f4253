-- Cases: a client's enrollment in a program, with its owner, care team and transfers.
-- Never deleted: a case is closed; people leave a care team with the date they left.

-- Case numbers run per year of opening (C-2026-000001, C-2026-000002, ...). The counter is
-- taken with an upsert, whose row lock serialises openings in the same year until their
-- transactions end: no two cases get the same number, and a rolled-back opening gives its
-- number back.
CREATE TABLE case_number_counter (
    year        INT PRIMARY KEY CHECK (year BETWEEN 2000 AND 9999),
    last_number INT NOT NULL CHECK (last_number BETWEEN 1 AND 999999)
);

CREATE TABLE client_case (
    id               UUID PRIMARY KEY,
    version          INT NOT NULL DEFAULT 0,
    number           TEXT NOT NULL UNIQUE CHECK (number ~ '^C-[0-9]{4}-[0-9]{6}$'),
    agency_id        UUID NOT NULL REFERENCES agency (id),
    client_id        UUID NOT NULL REFERENCES client (id),
    program_id       UUID NOT NULL REFERENCES program (id),
    owner_id         UUID NOT NULL REFERENCES app_user (id),
    status           TEXT NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    priority         TEXT NOT NULL CHECK (priority IN ('EMERGENCY', 'URGENT', 'ROUTINE')),
    intensity_code   TEXT,
    opened_on        DATE NOT NULL,
    opened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by        UUID NOT NULL REFERENCES app_user (id),
    intake_id        UUID,
    last_activity_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- a client is enrolled in a program at most once at a time
CREATE UNIQUE INDEX client_case_open_enrollment_idx ON client_case (client_id, program_id) WHERE status = 'OPEN';
-- a worker's caseload, a supervisor's team view
CREATE INDEX client_case_owner_idx ON client_case (owner_id, status);
-- a program's open enrollments (capacity)
CREATE INDEX client_case_program_open_idx ON client_case (program_id) WHERE status = 'OPEN';
CREATE INDEX client_case_opened_idx ON client_case (opened_at DESC);

-- Who works on the case: the owner as primary worker, secondary workers, a supervisor.
-- A member who leaves keeps their row with the date they left.
CREATE TABLE case_team_member (
    client_case UUID NOT NULL REFERENCES client_case (id),
    position    INT NOT NULL,
    user_id     UUID NOT NULL REFERENCES app_user (id),
    role        TEXT NOT NULL CHECK (role IN ('PRIMARY_WORKER', 'SECONDARY_WORKER', 'SUPERVISOR')),
    joined_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    left_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (client_case, position)
);
CREATE INDEX case_team_member_user_idx ON case_team_member (user_id) WHERE left_at IS NULL;

-- Every change of owner, with the supervisor's reason and the handoff note for the new owner.
CREATE TABLE case_transfer (
    client_case    UUID NOT NULL REFERENCES client_case (id),
    position       INT NOT NULL,
    from_owner     UUID NOT NULL REFERENCES app_user (id),
    to_owner       UUID NOT NULL REFERENCES app_user (id),
    reason         TEXT NOT NULL,
    handoff_note   TEXT NOT NULL,
    transferred_by UUID NOT NULL REFERENCES app_user (id),
    transferred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_case, position)
);
-- "transferred to you" on the new owner's home page
CREATE INDEX case_transfer_to_owner_idx ON case_transfer (to_owner, transferred_at DESC);
