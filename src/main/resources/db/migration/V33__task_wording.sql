-- A task raised by a rule keeps its title's message key and values beside the English
-- text, so that each reader sees it in their own language. A task written by hand has
-- none: its title is shown as it was written.
ALTER TABLE task
    ADD COLUMN title_key  TEXT,
    ADD COLUMN title_args JSONB NOT NULL DEFAULT '[]';
