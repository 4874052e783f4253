-- Signing a note changes no column that an index of contact_note reads, so that PostgreSQL
-- can write the signed version next to the draft on the same page (a heap-only update)
-- and leave every index alone, the full-text index above all: a non-heap-only update adds
-- an entry for each of the note's words to it.
--
-- The drafts awaiting a signature were found through an index whose condition read
-- signed_at. They are kept in their own small table instead: a row is added with the draft
-- and removed when it is signed (the note itself is never deleted).
CREATE TABLE contact_note_draft (
    note_id UUID PRIMARY KEY REFERENCES contact_note (id),
    case_id UUID NOT NULL
);
INSERT INTO contact_note_draft (note_id, case_id)
SELECT id, case_id FROM contact_note WHERE signed_at IS NULL;
DROP INDEX contact_note_unsigned;

-- The latest client contact of each case: drafts are few, the query leaves them out.
DROP INDEX contact_note_client_contact;
CREATE INDEX contact_note_client_contact ON contact_note (case_id, contact_at DESC)
    WHERE type = 'CONTACT' AND method <> 'COLLATERAL';

-- Room on each page for a draft's next version (drafts are saved as the worker types).
ALTER TABLE contact_note SET (fillfactor = 85);
