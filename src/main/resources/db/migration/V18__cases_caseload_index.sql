-- A worker's open cases (the caseload on their home page, a team's counts): a few dozen
-- rows per owner among a history of closed cases. With this index the plan of the
-- prepared caseload query (status written in the query, owner a parameter) expects a few
-- dozen rows and checks each case's client against the caller's grants one by one,
-- instead of hashing every grant of the caller (thousands for a worker who has been
-- registering clients for years).
CREATE INDEX client_case_owner_open_idx ON client_case (owner_id) WHERE status = 'OPEN';
