-- Whether the client agreed the case's current care plan: the care plans module records it when
-- a plan version is agreed (and clears it while a new version is drafted), and the stage follows.
ALTER TABLE client_case ADD COLUMN plan_agreed BOOLEAN NOT NULL DEFAULT false;
