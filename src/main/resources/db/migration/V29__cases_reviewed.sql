-- Whether the goals of the case's agreed care plan were reviewed with the client: the care plans
-- module records it when progress is first recorded on an agreed plan, and the stage moves from
-- implementation to monitoring.
ALTER TABLE client_case ADD COLUMN reviewed BOOLEAN NOT NULL DEFAULT false;
