CREATE TABLE IF NOT EXISTS sources (
  id VARCHAR PRIMARY KEY,
  title VARCHAR NOT NULL,
  publisher VARCHAR NOT NULL,
  licence VARCHAR NOT NULL,
  published_on DATE NOT NULL,
  url VARCHAR,
  kind VARCHAR NOT NULL,
  evidence_shareable BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS observations (
  id VARCHAR PRIMARY KEY,
  source_id VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  location VARCHAR NOT NULL,
  low DOUBLE PRECISION,
  high DOUBLE PRECISION,
  currency VARCHAR NOT NULL,
  period VARCHAR NOT NULL,
  basis VARCHAR NOT NULL,
  component VARCHAR NOT NULL,
  employment VARCHAR NOT NULL,
  role_id VARCHAR,
  raw_title VARCHAR,
  level VARCHAR,
  years_experience DOUBLE PRECISION,
  country VARCHAR,
  city VARCHAR,
  remote VARCHAR,
  company_size VARCHAR,
  sector VARCHAR,
  observed_on DATE NOT NULL,
  year INTEGER NOT NULL,
  statistic VARCHAR NOT NULL,
  evidence VARCHAR NOT NULL,
  ingested_at TIMESTAMP NOT NULL,
  value_year_eur DOUBLE PRECISION
);

CREATE TABLE IF NOT EXISTS fx_daily (
  currency VARCHAR NOT NULL,
  day DATE NOT NULL,
  per_eur DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (currency, day)
);
