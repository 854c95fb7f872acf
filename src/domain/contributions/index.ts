export * from './contribution.ts';
export * from './publication.ts';
export * from './plausibility.ts';
