// The browser-safe face: template files, their checks, the import plan and the simulator's pure
// parts. Reading catalog folders from disk is `@signoff/catalog/node`.
export type {
  TemplateFile,
  CatalogManifest,
  Catalog,
  CatalogSource,
  SerialPatternSpec,
  SeedReference,
  RequiredDepartment,
  RequiredPosition,
  TemplateRequirements,
  TemplateCategories,
  CategoryItem,
  TypicalApplicant,
} from './template-file.js';
export { TEMPLATE_FORMAT_VERSION } from './template-file.js';
export {
  TEMPLATE_FILE_SCHEMA,
  CATALOG_MANIFEST_SCHEMA,
  TEMPLATE_KEY_PATTERN,
} from './template-file-schema.js';
export { CatalogError, simulationError, type CatalogErrorCode } from './catalog-error.js';
export { describeProblem, type CatalogProblem } from './catalog-problem.js';
export { checkTemplateFile } from './check-template-file.js';
export { checkCatalog, type CatalogCheck } from './check-catalog.js';
export { routeReferences, type RouteReference } from './route-references.js';
export {
  planCatalogImport,
  selectTemplates,
  type CatalogPlan,
  type DepartmentMatch,
  type PositionMatch,
  type RankMatch,
  type MatchStatus,
  type MappedTo,
} from './plan-catalog-import.js';
export {
  orgMappingProblems,
  orgRenames,
  applyOrgRenames,
  type OrgMapping,
  type OrgRenames,
  type MappingProblem,
} from './org-mapping.js';
export {
  publicationOf,
  templateContentHash,
  publishedContentHash,
  routeWithTimeLimits,
  type Publication,
} from './template-publication.js';
export { describeTemplate } from './describe-template.js';
export { sampleSubmission, type SampleContext } from './sample-submission.js';
export {
  parseScenario,
  type SimulationScenario,
  type SimulationResult,
  type SimulationStep,
  type StepKind,
} from './simulation-scenario.js';
export { scenarioFormData } from './scenario-form-data.js';
export { scenarioApplicant, SIMULATED_APPLICANT_ID } from './scenario-applicant.js';
export { scenarioTemplate } from './scenario-template.js';
export { formatSimulation } from './format-simulation.js';
export { routeMismatch, type ExpectedStep } from './route-expectation.js';
