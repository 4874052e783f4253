-- Releases of information: what a client agreed may be shared, with whom, why and until when.
-- A consent is never changed once recorded: it ends by revocation, by its expiry date (computed
-- from the clock, never stored as a status) or by the event it names; corrections are a
-- revocation and a new consent.

-- Signatures drawn on the screen (PNG, at most 200 KB), kept apart from the consent's row.
CREATE TABLE consent_signature (
    id          UUID PRIMARY KEY,
    png         BYTEA NOT NULL CHECK (octet_length(png) <= 204800),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE consent (
    id                        UUID PRIMARY KEY,
    version                   INT NOT NULL DEFAULT 0,
    client_id                 UUID NOT NULL REFERENCES client (id),
    recipient_kind            TEXT NOT NULL CHECK (recipient_kind IN ('ORGANIZATION', 'AGENCY', 'PERSON')),
    recipient_organization_id UUID,
    recipient_name            TEXT NOT NULL,
    categories                TEXT[] NOT NULL CHECK (cardinality(categories) > 0),
    purpose                   TEXT NOT NULL,
    -- 42 CFR 2.31: how much and what kind of information, who may disclose it, the patient's name
    information_description   TEXT,
    disclosing_program        TEXT,
    patient_name              TEXT NOT NULL,
    effective_on              DATE NOT NULL,
    expires_on                DATE,
    expiry_event_kind         TEXT CHECK (expiry_event_kind IN ('END_OF_REFERRAL', 'CASE_CLOSURE', 'OTHER')),
    expiry_event_description  TEXT,
    expiry_event_subject_id   UUID,
    agreement_method          TEXT NOT NULL CHECK (agreement_method IN ('SIGNATURE', 'VERBAL')),
    signature_id              UUID REFERENCES consent_signature (id),
    witness_name              TEXT,
    signed_on                 DATE NOT NULL,
    revocation_statement      TEXT NOT NULL,
    part2                     BOOLEAN NOT NULL,
    recorded_by               TEXT NOT NULL,
    recorded_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the event named as the end happened (recorded by the worker or another module)
    event_occurred_on         DATE,
    event_note                TEXT,
    event_recorded_by         TEXT,
    event_recorded_at         TIMESTAMP WITH TIME ZONE,
    -- revocation: the day the client revoked and how it reached the agency
    revoked_on                DATE,
    revocation_received       TEXT CHECK (revocation_received IN ('IN_WRITING', 'VERBALLY', 'ELECTRONICALLY')),
    revocation_note           TEXT,
    revoked_by                TEXT,
    revoked_at                TIMESTAMP WITH TIME ZONE,
    CHECK (expires_on IS NOT NULL OR expiry_event_kind IS NOT NULL),
    CHECK (expiry_event_kind IS NULL OR expiry_event_description IS NOT NULL),
    CHECK (expires_on IS NULL OR expires_on >= effective_on),
    CHECK ((agreement_method = 'SIGNATURE') = (signature_id IS NOT NULL)),
    CHECK (agreement_method <> 'VERBAL' OR witness_name IS NOT NULL),
    CHECK (recipient_kind = 'PERSON' OR recipient_organization_id IS NOT NULL),
    CHECK ((revoked_on IS NULL) = (revocation_received IS NULL)),
    CHECK (revoked_on IS NULL OR revoked_on >= effective_on),
    CHECK (event_occurred_on IS NULL OR expiry_event_kind IS NOT NULL),
    CHECK (NOT part2 OR (agreement_method = 'SIGNATURE' AND information_description IS NOT NULL
                         AND disclosing_program IS NOT NULL))
);
CREATE INDEX consent_client_idx ON consent (client_id, recorded_at);

-- Nothing is deleted: a consent ends, it does not disappear.
CREATE TRIGGER consent_no_delete BEFORE DELETE ON consent
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER consent_signature_no_update_or_delete BEFORE UPDATE OR DELETE ON consent_signature
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

-- The accounting of disclosures (audit module) names every consent a disclosure was made under,
-- and whether the 42 CFR 2.32 notice against redisclosure went with it.
ALTER TABLE disclosure ADD COLUMN consent_ids UUID[] NOT NULL DEFAULT '{}';
ALTER TABLE disclosure ADD COLUMN redisclosure_notice BOOLEAN NOT NULL DEFAULT false;
