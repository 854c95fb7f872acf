export { ROLE_IDS, isRoleId, type RoleId } from './ids.ts';
export {
  mapAijobsTitle,
  parseAijobsTitleTable,
  RoleDataError,
  type AijobsTitleTable,
  type TitleMapping,
} from './aijobs-titles.ts';
