export * from './contributed-value.ts';
export * from './rounding.ts';
export * from './private-figures.ts';
