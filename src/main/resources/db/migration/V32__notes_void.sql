-- A draft that will never be signed (the contact did not take place as written, or its
-- author has left) is voided with a reason by its author or a supervisor: it stays in
-- the record as it was, marked, and no longer counts as a note left unsigned.
ALTER TABLE contact_note
    ADD COLUMN voided_at   TIMESTAMP WITH TIME ZONE,
    ADD COLUMN voided_by   UUID,
    ADD COLUMN void_reason TEXT,
    ADD CONSTRAINT contact_note_signed_or_voided CHECK (signed_at IS NULL OR voided_at IS NULL),
    ADD CONSTRAINT contact_note_void_reason CHECK (voided_at IS NULL OR (voided_by IS NOT NULL AND void_reason IS NOT NULL));

-- A signed or voided note is never changed, and no note is deleted.
CREATE OR REPLACE FUNCTION contact_note_immutable() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'contact notes are never deleted';
    END IF;
    IF OLD.voided_at IS NOT NULL AND (NEW.voided_at IS DISTINCT FROM OLD.voided_at
            OR NEW.void_reason IS DISTINCT FROM OLD.void_reason OR NEW.signed_at IS NOT NULL
            OR NEW.observations IS DISTINCT FROM OLD.observations OR NEW.topics IS DISTINCT FROM OLD.topics
            OR NEW.client_statements IS DISTINCT FROM OLD.client_statements) THEN
        RAISE EXCEPTION 'a voided contact note is not changed';
    END IF;
    IF OLD.signed_at IS NOT NULL AND (NEW.observations IS DISTINCT FROM OLD.observations
            OR NEW.client_statements IS DISTINCT FROM OLD.client_statements
            OR NEW.topics IS DISTINCT FROM OLD.topics OR NEW.contact_at IS DISTINCT FROM OLD.contact_at
            OR NEW.signed_at IS DISTINCT FROM OLD.signed_at OR NEW.services IS DISTINCT FROM OLD.services
            OR NEW.next_contact_plan IS DISTINCT FROM OLD.next_contact_plan
            OR NEW.participants IS DISTINCT FROM OLD.participants OR NEW.method IS DISTINCT FROM OLD.method
            OR NEW.voided_at IS NOT NULL) THEN
        RAISE EXCEPTION 'a signed contact note is not changed: write an addendum';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
