-- The audit trail: append-only and hash-chained. Each entry's hash covers its own fields and the
-- previous entry's hash, so changing, removing or reordering any entry breaks the chain.
CREATE TABLE audit_event (
    seq            BIGINT PRIMARY KEY,
    id             UUID NOT NULL UNIQUE,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          TEXT NOT NULL,
    actor_id       UUID,
    action         TEXT NOT NULL,
    subject_type   TEXT NOT NULL,
    subject_id     TEXT,
    client_id      UUID,
    client_ids     UUID[] NOT NULL DEFAULT '{}',
    purpose        TEXT NOT NULL,
    reason         TEXT,
    request_id     TEXT,
    source_address TEXT,
    detail         TEXT,
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL
);
CREATE SEQUENCE audit_event_seq;
CREATE INDEX audit_event_subject_idx ON audit_event (subject_id);
CREATE INDEX audit_event_client_idx ON audit_event (client_id);
CREATE INDEX audit_event_client_ids_idx ON audit_event USING gin (client_ids);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at);
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- Accounting of disclosures (HIPAA 45 CFR 164.528): what left the agency about a client, to whom and why.
CREATE TABLE disclosure (
    id           UUID PRIMARY KEY,
    client_id    UUID NOT NULL,
    disclosed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    disclosed_by TEXT NOT NULL,
    recipient    TEXT NOT NULL,
    purpose      TEXT NOT NULL,
    categories   TEXT[] NOT NULL DEFAULT '{}',
    description  TEXT,
    consent_id   UUID,
    referral_id  UUID
);
CREATE INDEX disclosure_client_idx ON disclosure (client_id, disclosed_at);
CREATE TRIGGER disclosure_no_update_or_delete BEFORE UPDATE OR DELETE ON disclosure
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
