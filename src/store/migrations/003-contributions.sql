-- Anonymous salary contributions (src/domain/contributions/). Kept apart from `observations` so
-- that no query written for open data can read them: they reach published figures only through
-- the privacy rules (src/service/privacy/). Column names follow `observations` so that the
-- statistics filter (queries/filter-clause.ts) applies to both.
-- No name, e-mail, employer or free text: the job title is classified to role_id and dropped.
CREATE TABLE IF NOT EXISTS contributions (
  id VARCHAR PRIMARY KEY,
  -- pending (waiting for a publication) | held (for a moderator) | published
  status VARCHAR NOT NULL,
  held_reason VARCHAR,
  -- SHA-256 of the delete token (hex); the token itself is only ever sent to the contributor.
  delete_token_hash VARCHAR NOT NULL,
  -- SHA-256 of client and payload, to store a resubmission once; cleared at publication.
  fingerprint VARCHAR,
  submitted_on DATE NOT NULL,
  -- Publication: the batch of at least k contributions of one cohort it was released with.
  atom_id VARCHAR,
  published_on DATE,
  -- Set when its batch was withdrawn by an erasure: it is released again only together with
  -- at least k new contributions of its cohort.
  withdrawn_on DATE,
  source_id VARCHAR NOT NULL,
  role_id VARCHAR NOT NULL,
  level VARCHAR NOT NULL,
  years_experience DOUBLE PRECISION,
  country VARCHAR NOT NULL,
  city VARCHAR,
  employment VARCHAR NOT NULL,
  component VARCHAR NOT NULL,
  amount DOUBLE PRECISION NOT NULL,
  currency VARCHAR NOT NULL,
  period VARCHAR NOT NULL,
  basis VARCHAR NOT NULL,
  months_per_year INTEGER,
  bonus DOUBLE PRECISION,
  year INTEGER NOT NULL,
  company_size VARCHAR,
  sector VARCHAR,
  remote VARCHAR,
  observed_on DATE NOT NULL,
  value_year_eur DOUBLE PRECISION NOT NULL
);
