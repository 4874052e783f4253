-- A client in crisis (an urgency screen found immediate danger): a banner on the client
-- until a worker records how it was resolved, and an alert for the supervisors.
CREATE TABLE client_crisis (
    id              UUID PRIMARY KEY,
    client_id       UUID NOT NULL REFERENCES client (id),
    reasons         TEXT NOT NULL,
    source          TEXT NOT NULL,
    raised_by       UUID NOT NULL REFERENCES app_user (id),
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_by     UUID REFERENCES app_user (id),
    resolved_at     TIMESTAMP WITH TIME ZONE,
    resolution      TEXT
);

CREATE UNIQUE INDEX client_crisis_active_idx ON client_crisis (client_id) WHERE resolved_at IS NULL;

CREATE TABLE client_crisis_alert (
    crisis_id       UUID NOT NULL REFERENCES client_crisis (id),
    supervisor_id   UUID NOT NULL REFERENCES app_user (id),
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (crisis_id, supervisor_id)
);
