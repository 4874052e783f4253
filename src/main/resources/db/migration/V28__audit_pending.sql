-- Audit entries commit with the change they record, into this queue, without waiting for one
-- another. The sealer (AuditChainWriter.seal: every second, and before the trail is read or
-- verified) moves them into the hash chain in one statement under the chain's lock, numbering and
-- hashing them in the order they were queued; the queue row goes in the same statement, so an
-- entry is always in exactly one of the two tables.
CREATE TABLE audit_entry_pending (
    position       BIGSERIAL PRIMARY KEY,
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
    -- the canonical text of the entry but for its number and the previous hash (ChainedEntry)
    body           TEXT NOT NULL
);

-- A queued entry is never changed: it is only moved into the chain.
CREATE FUNCTION audit_entry_pending_is_queued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry_pending entries are moved into the chain, never changed' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_entry_pending_no_update BEFORE UPDATE ON audit_entry_pending
    FOR EACH ROW EXECUTE FUNCTION audit_entry_pending_is_queued();
