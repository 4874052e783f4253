-- Word lists a program admin edits: the vague goal wording the SMART check flags and the
-- judgmental words the note check flags. Never deleted: an entry is retired with a reason
-- and stays as the record of what the list said when.
CREATE TABLE word_list_entry (
    id             UUID PRIMARY KEY,
    list           TEXT NOT NULL CHECK (list IN ('VAGUE_GOAL_WORDING', 'JUDGMENTAL_WORDING')),
    phrase         TEXT NOT NULL,
    normalized     TEXT NOT NULL,
    suggestion     TEXT NOT NULL DEFAULT '',
    shipped        BOOLEAN NOT NULL DEFAULT FALSE,
    added_by       UUID,
    added_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_by     UUID,
    retired_at     TIMESTAMP WITH TIME ZONE,
    retired_reason TEXT,
    CHECK ((retired_at IS NULL) = (retired_reason IS NULL))
);

-- One active entry per phrase and list; this is also what makes seeding the shipped
-- lists safe when two nodes start at once.
CREATE UNIQUE INDEX word_list_entry_active ON word_list_entry (list, normalized) WHERE retired_at IS NULL;
