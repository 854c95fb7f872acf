export { ROLE_IDS, isRoleId, type RoleId } from './ids.ts';
