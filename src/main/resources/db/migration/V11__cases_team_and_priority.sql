-- The care team beyond its owner, and changes of priority and intensity on an open case.

-- Who put a member on the care team, and who took them off and why (the owner's own
-- membership is added by the opening or the transfer, so added_by stays empty for it).
ALTER TABLE case_team_member
    ADD COLUMN added_by     UUID REFERENCES app_user (id),
    ADD COLUMN left_by      UUID REFERENCES app_user (id),
    ADD COLUMN leave_reason TEXT;

-- Every change of a case's priority or intensity level after it opened, with the reason.
-- The intake's urgency screen sets the first priority; a worker or supervisor changes it
-- when the client's situation changes (and later, the assessment's risk level).
CREATE TABLE case_priority_change (
    client_case    UUID NOT NULL REFERENCES client_case (id),
    position       INT NOT NULL,
    priority_from  TEXT NOT NULL CHECK (priority_from IN ('EMERGENCY', 'URGENT', 'ROUTINE')),
    priority_to    TEXT NOT NULL CHECK (priority_to IN ('EMERGENCY', 'URGENT', 'ROUTINE')),
    intensity_from TEXT,
    intensity_to   TEXT,
    reason         TEXT NOT NULL,
    changed_by     UUID NOT NULL REFERENCES app_user (id),
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_case, position)
);
