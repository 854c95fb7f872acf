export * from './port.ts';
export { openDuckDbStore } from './duckdb/duckdb-store.ts';
