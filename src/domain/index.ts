export * from './money.ts';
export * from './observation.ts';
export * from './roles/index.ts';
