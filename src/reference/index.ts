/** Loaders of the bundled reference data in data/ (each file with its SOURCE.md). */
export { dataPath } from './paths.ts';
export { loadFxTable } from './fx.ts';
export { loadGrossNetCurves } from './gross-net-curves.ts';
export { loadPppTable } from './ppp.ts';
export { loadWorkingTime, workingTimeFor } from './working-time.ts';
export { loadNormalizeTables } from './normalize-tables.ts';
export {
  aijobsTitleToRole,
  classifyTitle,
  closestRolesTo,
  getRole,
  listRoles,
  loadAijobsTitles,
  loadRoleTaxonomy,
  mapAijobsTitle,
} from './roles.ts';
export { loadRomeV3, type RomeV3Table } from './rome-v3.ts';
export { loadMarketFacts, type BundledMarketFact } from './market-facts.ts';
