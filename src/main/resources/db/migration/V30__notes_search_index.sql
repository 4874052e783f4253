-- Notes are written all day by many workers at once. With GIN's pending list ("fastupdate") every
-- insert into the full-text index queues on the same list pages, and now and then one writer
-- merges the whole list into the index while the others wait. Written straight into the index,
-- each note costs a little more and none waits for another.
ALTER INDEX contact_note_search SET (fastupdate = off);
