-- The duplicate check compares email addresses by equality: a b-tree answers that directly.
CREATE INDEX client_email_norm_idx ON client (email_norm);
