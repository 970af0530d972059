// The org of a tenant: the whole snapshot, admin edits one record at a time, and imports as a diff.
export { insertOrg, loadOrgSnapshot, type UserSeed } from './org-repository.js';
export { cachedOrgSnapshot } from './org-snapshot-cache.js';
export {
  saveDepartment,
  deleteDepartment,
  savePosition,
  deletePosition,
  saveRank,
  deleteRank,
  saveSupervision,
  deleteSupervision,
  saveUser,
  deleteUserSessions,
  listDelegations,
  insertDelegation,
  deleteDelegation,
  userDirectory,
  type UserWrite,
  type DelegationRow,
  type UserDirectoryEntry,
} from './org-admin-repository.js';
export {
  loadUserLogins,
  writeOrgImport,
  type OrgImportWrite,
  type OrgImportWritten,
} from './org-import-repository.js';
export { openTasksOfUser, unreadCopiesOfUser, type OpenTaskOfUser } from './leaver-repository.js';
