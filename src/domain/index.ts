export * from './money.ts';
export * from './observation.ts';
export * from './roles/index.ts';
export * from './fx.ts';
export * from './working-time.ts';
export * from './stats.ts';
export * from './histogram.ts';
export * from './display-bins.ts';
