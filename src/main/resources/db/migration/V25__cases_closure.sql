-- Closure and reopening of a case. The closure module records that a closure is being
-- prepared (the stage becomes CLOSURE) and closes the case once the closure is approved; a
-- case closed within the program's reopening window may be reopened with a reason. Every
-- closing and reopening is kept in the case's history.
ALTER TABLE client_case
    ADD COLUMN closure_requested BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN closed_on         DATE,
    -- a later enrollment of the client in the same program links to the case before it
    ADD COLUMN previous_case_id  UUID REFERENCES client_case (id);

CREATE TABLE case_status_change (
    client_case UUID NOT NULL REFERENCES client_case (id),
    position    INT NOT NULL,
    status_to   TEXT NOT NULL CHECK (status_to IN ('OPEN', 'CLOSED')),
    reason      TEXT NOT NULL,
    closed_on   DATE,
    changed_by  UUID NOT NULL REFERENCES app_user (id),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_case, position)
);
-- the latest closed case of a client in a program, for the link of a new enrollment
CREATE INDEX client_case_client_program_idx ON client_case (client_id, program_id, opened_at DESC);
