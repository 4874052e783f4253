-- Contact notes: what happened at a contact with (or about) the client, written as
-- observable facts and the client's own words (guide 000, "Professional
-- Documentation"). A draft is saved as the worker types; signing makes it immutable and
-- corrections are addenda. Nothing is deleted.
CREATE TABLE contact_note (
    id                     UUID PRIMARY KEY,
    version                INT NOT NULL DEFAULT 0,
    case_id                UUID NOT NULL,
    client_id              UUID NOT NULL,
    type                   TEXT NOT NULL CHECK (type IN ('CONTACT', 'STAFFING', 'MONTHLY_SUMMARY')),
    method                 TEXT CHECK (method IN ('IN_PERSON', 'HOME_VISIT', 'PHONE', 'VIDEO', 'TEXT', 'COLLATERAL')),
    contact_at             TIMESTAMP WITH TIME ZONE,
    summary_month          DATE,
    location               TEXT,
    -- lists kept as JSON arrays: people (strings), verbatim quotes (strings), goal ids,
    -- staffing attendees {name, agency, role} and decisions {decision, owner, dueOn}
    participants           JSONB NOT NULL DEFAULT '[]',
    topics                 TEXT,
    goal_ids               JSONB NOT NULL DEFAULT '[]',
    client_statements      JSONB NOT NULL DEFAULT '[]',
    observations           TEXT,
    services               TEXT,
    next_contact_plan      TEXT,
    next_contact_on        DATE,
    attendees              JSONB NOT NULL DEFAULT '[]',
    decisions              JSONB NOT NULL DEFAULT '[]',
    safety_concern         BOOLEAN NOT NULL DEFAULT FALSE,
    safety_description     TEXT,
    -- written more than 24 hours after the contact
    late_entry             BOOLEAN NOT NULL DEFAULT FALSE,
    author_id              UUID NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_at              TIMESTAMP WITH TIME ZONE,
    -- judgment warnings the author kept at signing, and why
    judgment_override      TEXT,
    judgment_phrases       JSONB NOT NULL DEFAULT '[]',
    crisis_raised          BOOLEAN NOT NULL DEFAULT FALSE,
    -- the text of the note and its addenda, for full-text search within a case
    search_text            TEXT NOT NULL DEFAULT '',
    search_vector          TSVECTOR NOT NULL DEFAULT ''::tsvector,
    CHECK (type <> 'MONTHLY_SUMMARY' OR summary_month IS NOT NULL)
);
CREATE INDEX contact_note_case ON contact_note (case_id, contact_at DESC);
CREATE INDEX contact_note_search ON contact_note USING GIN (search_vector);
-- the latest signed client contact of each case (monitoring's contact cadence)
CREATE INDEX contact_note_client_contact ON contact_note (case_id, contact_at DESC)
    WHERE signed_at IS NOT NULL AND type = 'CONTACT' AND method <> 'COLLATERAL';
-- drafts left unsigned
CREATE INDEX contact_note_unsigned ON contact_note (COALESCE(contact_at, created_at)) WHERE signed_at IS NULL;
CREATE UNIQUE INDEX contact_note_one_summary ON contact_note (case_id, summary_month)
    WHERE type = 'MONTHLY_SUMMARY';

-- A correction or addition to a signed note, signed by its author when written.
CREATE TABLE contact_note_addendum (
    id                UUID PRIMARY KEY,
    note_id           UUID NOT NULL REFERENCES contact_note (id),
    text              TEXT NOT NULL,
    reason            TEXT,
    judgment_override TEXT,
    judgment_phrases  JSONB NOT NULL DEFAULT '[]',
    author_id         UUID NOT NULL,
    signed_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contact_note_addendum_note ON contact_note_addendum (note_id, signed_at);

-- A signed note and its addenda are never changed or deleted.
CREATE FUNCTION contact_note_immutable() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'contact notes are never deleted';
    END IF;
    IF OLD.signed_at IS NOT NULL AND (NEW.observations IS DISTINCT FROM OLD.observations
            OR NEW.client_statements IS DISTINCT FROM OLD.client_statements
            OR NEW.topics IS DISTINCT FROM OLD.topics OR NEW.contact_at IS DISTINCT FROM OLD.contact_at
            OR NEW.signed_at IS DISTINCT FROM OLD.signed_at OR NEW.services IS DISTINCT FROM OLD.services
            OR NEW.next_contact_plan IS DISTINCT FROM OLD.next_contact_plan
            OR NEW.participants IS DISTINCT FROM OLD.participants OR NEW.method IS DISTINCT FROM OLD.method) THEN
        RAISE EXCEPTION 'a signed contact note is not changed: write an addendum';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER contact_note_immutable BEFORE UPDATE OR DELETE ON contact_note
    FOR EACH ROW EXECUTE FUNCTION contact_note_immutable();
CREATE FUNCTION contact_note_addendum_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'addenda are never changed or deleted';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER contact_note_addendum_immutable BEFORE UPDATE OR DELETE ON contact_note_addendum
    FOR EACH ROW EXECUTE FUNCTION contact_note_addendum_immutable();
