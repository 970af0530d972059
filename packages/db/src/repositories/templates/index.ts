// Templates: published versions, drafts, the designer's admin list, folders and grants, catalog sources, simulation cases.
export {
  publishTemplateVersion,
  listPublishedTemplates,
  getCurrentVersion,
  getVersion,
  getVersionByNumber,
  setTemplateSupervisors,
  templateCards,
  supervisesAnyTemplate,
  type TemplateCard,
  type PublishInput,
  type TemplateVersionRow,
} from './template-repository.js';
export {
  listTemplateSources,
  getTemplateSource,
  saveTemplateSource,
  type TemplateSource,
} from './template-source-repository.js';
export {
  loadTemplateAccess,
  saveFolder,
  moveTemplate,
  insertGrant,
  deleteGrant,
  type FolderRow,
  type GrantRow,
  type TemplateAccess,
  type TemplateHead,
} from './template-access-repository.js';
export { cachedTemplateAccess, cachedVersion, cachedCurrentVersion } from './template-cache.js';
export {
  saveDraft,
  getDraft,
  setDraftBasedOn,
  findTemplateIdByKey,
  listVersions,
  type DraftRow,
  type VersionSummary,
} from './template-draft-repository.js';
export {
  listDesignTemplates,
  setTemplateTitle,
  setTemplateArchived,
  templateArchivedAt,
  insertTemplateCopy,
  takenTemplateKeys,
  type DesignTemplateRow,
} from './template-admin-repository.js';
export {
  listSimulationCases,
  countSimulationCases,
  saveSimulationCase,
  deleteSimulationCase,
  type SimulationCase,
  type SimulationCaseApplicant,
  type SimulationCaseStep,
} from './simulation-case-repository.js';
