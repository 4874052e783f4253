-- Whether a case has a current completed core assessment: the assessments module records it
-- when the core assessment completes (and again when one is voided), and the stage follows.
ALTER TABLE client_case ADD COLUMN assessed BOOLEAN NOT NULL DEFAULT false;
