export * from './common.ts';
export * from './stats.ts';
export * from './observations.ts';
export * from './sources.ts';
export * from './panorama.ts';
export * from './roles.ts';
export * from './estimate.ts';
export * from './normalize.ts';
