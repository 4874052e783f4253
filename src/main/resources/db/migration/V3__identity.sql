CREATE TABLE agency (
    id         UUID PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE team (
    id         UUID PRIMARY KEY,
    agency_id  UUID NOT NULL REFERENCES agency (id),
    name       TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    UNIQUE (agency_id, name)
);

CREATE TABLE app_user (
    id                  UUID PRIMARY KEY,
    version             INT NOT NULL DEFAULT 0,
    username            TEXT NOT NULL,
    display_name        TEXT NOT NULL,
    email               TEXT,
    password_hash       TEXT NOT NULL,
    demo_password       BOOLEAN NOT NULL DEFAULT false,
    active              BOOLEAN NOT NULL DEFAULT true,
    deactivated_at      TIMESTAMP WITH TIME ZONE,
    deactivation_reason TEXT,
    agency_id           UUID REFERENCES agency (id),
    team_id             UUID REFERENCES team (id),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at       TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX app_user_username_idx ON app_user (lower(username));
CREATE INDEX app_user_team_idx ON app_user (team_id);

CREATE TABLE app_user_role (
    app_user UUID NOT NULL REFERENCES app_user (id),
    role     TEXT NOT NULL,
    PRIMARY KEY (app_user, role)
);

-- Personal API tokens: only the SHA-256 of the token is kept; the token is shown once.
CREATE TABLE api_token (
    id           UUID PRIMARY KEY,
    user_id      UUID NOT NULL REFERENCES app_user (id),
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    token_prefix TEXT NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_user_idx ON api_token (user_id);

-- Failed logins, for throttling per account and per source address.
CREATE TABLE login_failure (
    id             BIGSERIAL PRIMARY KEY,
    username       TEXT NOT NULL,
    source_address TEXT,
    failed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_failure_username_idx ON login_failure (lower(username), failed_at);
CREATE INDEX login_failure_address_idx ON login_failure (source_address, failed_at);

-- Record-level access: who may see which client, and why. Modules grant access (the worker who
-- registered a client, a case owner, a care-team member); emergency access expires.
CREATE TABLE client_access (
    id          UUID PRIMARY KEY,
    client_id   UUID NOT NULL,
    user_id     UUID NOT NULL REFERENCES app_user (id),
    basis       TEXT NOT NULL,
    reason      TEXT,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE,
    ended_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX client_access_user_idx ON client_access (user_id) WHERE ended_at IS NULL;
CREATE INDEX client_access_client_idx ON client_access (client_id) WHERE ended_at IS NULL;

-- Break the glass: an alert for the supervisor(s) of the client's workers, acknowledged once read.
CREATE TABLE emergency_access_alert (
    id               UUID PRIMARY KEY,
    access_id        UUID NOT NULL REFERENCES client_access (id),
    client_id        UUID NOT NULL,
    opened_by        UUID NOT NULL REFERENCES app_user (id),
    supervisor_id    UUID NOT NULL REFERENCES app_user (id),
    reason           TEXT NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX emergency_access_alert_supervisor_idx ON emergency_access_alert (supervisor_id, created_at);

-- Which agency each client belongs to, so agency-wide roles can be scoped without reading
-- another module's tables.
CREATE TABLE scoped_client (
    client_id UUID PRIMARY KEY,
    agency_id UUID
);
