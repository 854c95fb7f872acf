export { ROLE_IDS, isRoleId, type RoleId } from './ids.ts';
export {
  mapAijobsTitle,
  parseAijobsTitleTable,
  RoleDataError,
  type AijobsTitleTable,
  type TitleMapping,
} from './aijobs-titles.ts';
export {
  createTitleClassifier,
  type RoleClassification,
  type TitleClassifier,
} from './classify-title.ts';
export { normalizeTitle } from './normalize-title.ts';
export {
  detectSeniority,
  levelFromTitle,
  levelFromYears,
  yearsOfExperience,
  type SeniorityReading,
} from './seniority.ts';
export { MISSION_IDS, countMissions, type MissionId } from './missions.ts';
export {
  parseRoleTaxonomy,
  type Bilingual,
  type EscoRef,
  type Role,
  type RoleTaxonomy,
  type RomeRef,
} from './taxonomy.ts';
export { foldText } from './fold-text.ts';
export { closestRoles } from './closest-roles.ts';
