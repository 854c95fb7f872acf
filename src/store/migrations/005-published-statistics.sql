-- Published statistics (src/domain/published-statistic.ts): figures an official body published for
-- a whole occupation (a median of a population, with its basis, period and years), shown beside
-- our observations and never mixed into their percentiles.
CREATE TABLE IF NOT EXISTS published_statistics (
  id VARCHAR PRIMARY KEY,
  source_id VARCHAR NOT NULL,
  occupation_system VARCHAR NOT NULL,
  occupation_code VARCHAR NOT NULL,
  occupation_label VARCHAR NOT NULL,
  country VARCHAR NOT NULL,
  region VARCHAR,
  population VARCHAR NOT NULL,
  statistic VARCHAR NOT NULL,
  p10 DOUBLE PRECISION,
  p50 DOUBLE PRECISION NOT NULL,
  p90 DOUBLE PRECISION,
  currency VARCHAR NOT NULL,
  period VARCHAR NOT NULL,
  basis VARCHAR NOT NULL,
  year_from INTEGER NOT NULL,
  year_to INTEGER NOT NULL,
  roles VARCHAR NOT NULL
);
