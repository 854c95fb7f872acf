-- Job postings (src/domain/posting.ts): one row a sighting; reposts of one job share posting_id
-- (the id of the cluster's first sighting), so market figures count DISTINCT posting_id.
CREATE TABLE IF NOT EXISTS posting_sightings (
  id VARCHAR PRIMARY KEY,
  posting_id VARCHAR NOT NULL,
  source_id VARCHAR NOT NULL,
  identifier VARCHAR NOT NULL,
  title VARCHAR NOT NULL,
  role_id VARCHAR,
  level VARCHAR,
  country VARCHAR,
  city VARCHAR,
  remote VARCHAR,
  contract VARCHAR,
  employer VARCHAR,
  sector VARCHAR,
  company_size VARCHAR,
  posted_on DATE NOT NULL,
  valid_through DATE,
  pay_low DOUBLE PRECISION,
  pay_high DOUBLE PRECISION,
  pay_currency VARCHAR,
  pay_period VARCHAR,
  pay_basis VARCHAR,
  pay_year_eur DOUBLE PRECISION,
  pay_conflict VARCHAR,
  mentions_ai BOOLEAN NOT NULL,
  text_hash VARCHAR,
  ingested_at TIMESTAMP NOT NULL,
  UNIQUE (source_id, identifier)
);

-- Where each feed's ingestion stopped (resumable ingest).
CREATE TABLE IF NOT EXISTS feed_cursors (
  feed VARCHAR PRIMARY KEY,
  cursor_value VARCHAR NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
