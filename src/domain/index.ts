export * from './money.ts';
export * from './observation.ts';
export * from './roles/index.ts';
export * from './fx.ts';
export * from './working-time.ts';
export * from './stats.ts';
export * from './histogram.ts';
export * from './display-bins.ts';
export * from './posting.ts';
export * from './published-statistic.ts';
export * from './pay-change.ts';
export * from './market-fact.ts';
export * from './errors.ts';
export * from './trace.ts';
export * from './ppp.ts';
export * from './estimate/index.ts';
export * from './freelance/curves.ts';
export * from './freelance/statuses.ts';
export * from './gross-net/curves.ts';
export * from './reference-tables.ts';
// Not re-exported: the modele-social engines (gross-net/social-engine.ts,
// freelance/social-engine.ts) load publicodes, a build-time library used by scripts/ and tests.
export * from './contributions/index.ts';
export * from './privacy/index.ts';
