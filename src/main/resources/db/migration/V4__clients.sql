-- Accent- and case-folding used by the client search indexes (unaccent is only STABLE, so it is
-- wrapped with its dictionary named, which makes the result immutable for index use).
CREATE FUNCTION casework_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE TABLE client (
    id                  UUID PRIMARY KEY,
    version             INT NOT NULL DEFAULT 0,
    agency_id           UUID,
    registered_by       UUID NOT NULL,
    registered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          UUID,
    updated_at          TIMESTAMP WITH TIME ZONE,
    given_name          TEXT NOT NULL DEFAULT '',
    middle_name         TEXT,
    family_name         TEXT NOT NULL DEFAULT '',
    preferred_name      TEXT,
    date_of_birth       DATE,
    birth_date_precision TEXT NOT NULL,
    birth_year          INT,
    sex                 TEXT,
    gender_identity     TEXT,
    pronouns            TEXT,
    preferred_language  TEXT,
    interpreter_needed  BOOLEAN NOT NULL DEFAULT false,
    email               TEXT,
    address_line1       TEXT,
    address_line2       TEXT,
    city                TEXT,
    region              TEXT,
    postal_code         TEXT,
    county              TEXT,
    record_status       TEXT NOT NULL DEFAULT 'ACTIVE',
    error_reason        TEXT,
    marked_in_error_by  UUID,
    marked_in_error_at  TIMESTAMP WITH TIME ZONE,
    -- search keys computed by the application (Double Metaphone, nickname groups)
    phonetic_keys       TEXT[] NOT NULL DEFAULT '{}',
    name_keys           TEXT[] NOT NULL DEFAULT '{}',
    search_name         TEXT GENERATED ALWAYS AS (casework_fold(coalesce(given_name, '') || ' ' || coalesce(preferred_name, '') || ' ' || coalesce(family_name, ''))) STORED,
    email_norm          TEXT GENERATED ALWAYS AS (lower(email)) STORED
);
CREATE INDEX client_search_name_trgm_idx ON client USING gin (search_name gin_trgm_ops);
CREATE INDEX client_email_trgm_idx ON client USING gin (email_norm gin_trgm_ops);
CREATE INDEX client_phonetic_keys_idx ON client USING gin (phonetic_keys);
CREATE INDEX client_name_keys_idx ON client USING gin (name_keys);
CREATE INDEX client_dob_idx ON client (date_of_birth);
CREATE INDEX client_registered_by_idx ON client (registered_by, registered_at);

CREATE TABLE client_phone (
    client     UUID NOT NULL REFERENCES client (id),
    client_key INT NOT NULL,
    kind       TEXT NOT NULL,
    number     TEXT NOT NULL,
    preferred  BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (client, client_key)
);
CREATE INDEX client_phone_number_idx ON client_phone (number);

-- Identifiers: an SSN is kept only encrypted (AES-GCM) with its last four digits.
CREATE TABLE client_identifier (
    client          UUID NOT NULL REFERENCES client (id),
    client_key      INT NOT NULL,
    kind            TEXT NOT NULL,
    issuer          TEXT,
    value_protected TEXT NOT NULL,
    last_four       TEXT,
    PRIMARY KEY (client, client_key)
);

CREATE TABLE client_household_member (
    client           UUID NOT NULL REFERENCES client (id),
    client_key       INT NOT NULL,
    name             TEXT NOT NULL,
    relationship     TEXT NOT NULL,
    date_of_birth    DATE,
    related_client   UUID REFERENCES client (id),
    PRIMARY KEY (client, client_key)
);

CREATE TABLE client_relationship (
    client          UUID NOT NULL REFERENCES client (id),
    client_key      INT NOT NULL,
    related_client  UUID NOT NULL REFERENCES client (id),
    kind            TEXT NOT NULL,
    note            TEXT,
    PRIMARY KEY (client, client_key)
);
CREATE INDEX client_relationship_related_idx ON client_relationship (related_client);

-- "Not the same person": a worker saw a likely duplicate at registration and confirmed otherwise.
CREATE TABLE client_distinct_confirmation (
    id             UUID PRIMARY KEY,
    client_id      UUID NOT NULL REFERENCES client (id),
    other_client   UUID NOT NULL REFERENCES client (id),
    score          NUMERIC(4, 3) NOT NULL,
    confirmed_by   UUID NOT NULL,
    confirmed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX client_distinct_confirmation_client_idx ON client_distinct_confirmation (client_id);
