-- One array of match keys per client, on one GIN index, for search and the duplicate
-- check: the name keys and sound keys the application computes (name_keys,
-- phonetic_keys), and keys that make names one typo apart agree.
--
-- Typo keys: every name token of three letters or more, and the token with each one
-- letter left out ("garcia" -> "arcia", "grcia", "gacia", ...). Two names within one
-- deletion, insertion, substitution or most swaps of two letters share a key (symmetric
-- deletion), so "the given name agrees and the family name is one typo off" is one
-- index scan, before any row is read. The trigram match on the whole name it replaces
-- had to read and check every row sharing a common first name ("maria ...").
--
-- A record with only one of the two names also gets the key '#one-name', so that
-- "lacks a name and agrees on the other" is an index lookup too.
CREATE FUNCTION casework_typo_keys(text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT coalesce(array_agg(DISTINCT k), '{}')
    FROM (SELECT w AS k
          FROM regexp_split_to_table($1, '\s+') AS w
          WHERE length(w) >= 3
          UNION ALL
          SELECT left(w, i - 1) || substr(w, i + 1)
          FROM regexp_split_to_table($1, '\s+') AS w, generate_series(1, length(w)) AS i
          WHERE length(w) >= 3) AS keys
$$;

ALTER TABLE client
    ADD COLUMN match_keys text[] GENERATED ALWAYS AS (
        name_keys || phonetic_keys
        || casework_typo_keys(casework_fold(
               coalesce(given_name, '') || ' ' || coalesce(preferred_name, '') || ' ' || coalesce(family_name, '')))
        || CASE WHEN (casework_fold(given_name) = '') <> (casework_fold(family_name) = '')
                THEN ARRAY['#one-name'] ELSE '{}'::text[] END) STORED;

CREATE INDEX client_match_keys_idx ON client USING gin (match_keys);

-- What search used before; no query reads these indexes any more, and they cost writes.
DROP INDEX client_name_keys_idx;
DROP INDEX client_phonetic_keys_idx;
DROP INDEX client_search_name_trgm_idx;
DROP INDEX client_email_trgm_idx;
