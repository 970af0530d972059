import type { FlowDefinition } from '@signoff/flow';
import type { FormModel, Localized } from '@signoff/schema';

/** The version of the template file format this code reads and writes. */
export const TEMPLATE_FORMAT_VERSION = 1;

/**
 * How a request's serial number is printed: `QJ-202611-0007` is prefix `QJ`, date parts `YYYYMM`,
 * width 4, reset monthly (the same shape as the engine's serial pattern).
 */
export interface SerialPatternSpec {
  prefix: string;
  dateParts: 'YYYY' | 'YYYYMM' | 'YYYYMMDD' | 'none';
  width: number;
  reset: 'never' | 'yearly' | 'monthly' | 'daily';
}

/** Where in the seed documents a flow comes from, quoted so a reader can check the route against it. */
export interface SeedReference {
  /** the seed document, e.g. `000` */
  document: string;
  part: number;
  /** the flow's number in its part */
  number: number;
  /** the flow's title exactly as the seed writes it, without its number: 请休假管理 */
  title: string;
  /** the seed's 流程说明, verbatim */
  text: string;
}

/** A department the template's route names (by name or code) or reads in a condition. */
export interface RequiredDepartment {
  name: string;
  code?: string;
  /** where to create it when the tenant lacks it; top level when absent */
  parent?: string;
}

/** A position the route names; `department` says where to create it when the tenant lacks it. */
export interface RequiredPosition {
  name: string;
  department: string;
  /** created as the department's head seat (部门负责人) when the department has none */
  head?: boolean;
}

export interface TemplateRequirements {
  departments: RequiredDepartment[];
  positions: RequiredPosition[];
  /** rank names the route's conditions compare with, lowest first */
  ranks: string[];
}

/** One 内容分类 item; `chairman` marks the seed's Δ: the request must reach 董事长. */
export interface CategoryItem {
  value: string;
  chairman: boolean;
}

export interface TemplateCategories {
  /** key of the form's select field that holds the category */
  field: string;
  items: CategoryItem[];
}

/** Who the seed says submits this flow, for the simulator's default and the import tests. */
export interface TypicalApplicant {
  department: string;
  rank?: string;
}

/**
 * One flow as a file (`templates/<catalog>/NN-key.json`): everything a tenant needs to publish it.
 * Described by `TEMPLATE_FILE_SCHEMA` and `docs/template-format.md`.
 */
export interface TemplateFile {
  $schema?: string;
  formatVersion: 1;
  key: string;
  title: Localized;
  description?: Localized;
  seed?: SeedReference;
  applicant?: TypicalApplicant;
  form: FormModel;
  route: FlowDefinition;
  requires: TemplateRequirements;
  categories?: TemplateCategories;
  serialNumber: SerialPatternSpec;
  /** hours allowed at each approve or handle node, by node id */
  timeLimits?: Record<string, number>;
  /** the template's 督办人, by position (seed 001: one supervisor per template) */
  supervisor?: { position: string };
}

/** `templates/<catalog>/catalog.json`. */
export interface CatalogManifest {
  $schema?: string;
  formatVersion: 1;
  code: string;
  title: Localized;
  description?: Localized;
  /** the demo tenant's company name */
  demoOrg: { name: string };
  /** where the flows come from, e.g. `seed 000 part 2` */
  source?: string;
  /** template file names in the catalog's order */
  flows: string[];
}

/** A catalog as read from disk (or sent by a client): the manifest and each file's parsed JSON, unchecked. */
export interface CatalogSource {
  /** shown in problems, e.g. `templates/real-estate` */
  location: string;
  manifest: unknown;
  files: { name: string; data: unknown }[];
}

/** A catalog that passed every check: typed, in manifest order. */
export interface Catalog {
  location: string;
  manifest: CatalogManifest;
  templates: { name: string; file: TemplateFile }[];
}
