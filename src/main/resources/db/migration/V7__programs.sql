-- Programs: what an agency offers, who is eligible, how many it can serve, and how
-- closely each intensity level is followed. Never deleted: a program is retired.
CREATE TABLE program (
    id             UUID PRIMARY KEY,
    version        INT NOT NULL DEFAULT 0,
    agency_id      UUID NOT NULL REFERENCES agency (id),
    name           TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL CHECK (status IN ('ACTIVE', 'RETIRED')),
    capacity       INT CHECK (capacity IS NULL OR capacity > 0),
    retired_reason TEXT,
    created_by     UUID NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     UUID,
    updated_at     TIMESTAMP WITH TIME ZONE,
    UNIQUE (agency_id, name)
);

-- Eligibility rules, typed: each kind uses its own columns; rule_key stays the same
-- across edits so that screening answers keep pointing at their rule.
CREATE TABLE program_rule (
    program            UUID NOT NULL REFERENCES program (id),
    position           INT NOT NULL,
    rule_key           TEXT NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('AGE', 'INCOME', 'JURISDICTION', 'YES_NO')),
    min_age            INT,
    max_age            INT,
    percent_of_poverty INT,
    counties           TEXT[],
    zip_codes          TEXT[],
    question           TEXT,
    expected_answer    BOOLEAN,
    PRIMARY KEY (program, position),
    UNIQUE (program, rule_key)
);

-- Intensity levels with the cadences of the monitoring table: how often the worker
-- makes contact, how often goals are reviewed, when the formal reassessment is due.
CREATE TABLE program_intensity_level (
    program             UUID NOT NULL REFERENCES program (id),
    position            INT NOT NULL,
    code                TEXT NOT NULL,
    name                TEXT NOT NULL,
    contact_every_days  INT NOT NULL CHECK (contact_every_days > 0),
    goal_review         TEXT NOT NULL CHECK (goal_review IN ('MONTHLY', 'QUARTERLY')),
    reassessment_months INT NOT NULL CHECK (reassessment_months BETWEEN 1 AND 24),
    PRIMARY KEY (program, position),
    UNIQUE (program, code)
);

-- HHS poverty guidelines, one table per year: the annual amount for households of one
-- to eight people, and the amount added for each further person. Data, not code: a
-- program admin enters next year's figures when HHS publishes them (January).
CREATE TABLE poverty_guideline_year (
    year              INT PRIMARY KEY CHECK (year BETWEEN 1990 AND 2100),
    additional_person NUMERIC(10, 2) NOT NULL CHECK (additional_person >= 0),
    source            TEXT NOT NULL,
    updated_by        UUID,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE poverty_guideline (
    year           INT NOT NULL REFERENCES poverty_guideline_year (year),
    household_size INT NOT NULL CHECK (household_size BETWEEN 1 AND 8),
    amount         NUMERIC(10, 2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (year, household_size)
);

-- The 48 contiguous states and the District of Columbia (agencies in Alaska or Hawaii
-- enter their state's table instead). 2026: Federal Register, 91 FR 1797, 15 January 2026.
INSERT INTO poverty_guideline_year (year, additional_person, source) VALUES
    (2025, 5500, 'HHS poverty guidelines 2025, 48 contiguous states and DC (90 FR 5917)'),
    (2026, 5680, 'HHS poverty guidelines 2026, 48 contiguous states and DC (91 FR 1797)');
INSERT INTO poverty_guideline (year, household_size, amount) VALUES
    (2025, 1, 15650), (2025, 2, 21150), (2025, 3, 26650), (2025, 4, 32150),
    (2025, 5, 37650), (2025, 6, 43150), (2025, 7, 48650), (2025, 8, 54150),
    (2026, 1, 15960), (2026, 2, 21640), (2026, 3, 27320), (2026, 4, 33000),
    (2026, 5, 38680), (2026, 6, 44360), (2026, 7, 50040), (2026, 8, 55720);
