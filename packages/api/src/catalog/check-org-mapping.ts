import { orgMappingProblems, type OrgMapping, type TemplateFile } from '@signoff/catalog';
import type { OrgSnapshot } from '@signoff/org';
import { AppError } from '../trpc/app-error.js';

/**
 * Refuses an unusable mapping before anything is planned or written: every bad choice (an id of
 * another company or none, a department offered as a position, a name the flows do not need) with
 * its place, `positions.行政主管`.
 */
export function checkOrgMapping(
  templates: readonly TemplateFile[],
  org: OrgSnapshot,
  mapping: OrgMapping,
): void {
  const problems = orgMappingProblems(templates, org, mapping);
  if (problems.length === 0) return;
  throw new AppError(
    'validation_failed',
    'errors.catalogMapping',
    {
      zh: `对照有误，未导入任何内容：${problems.map((p) => p.message.zh).join('；')}`,
      en: `The mapping cannot be used; nothing was imported: ${problems.map((p) => p.message.en).join('; ')}`,
    },
    problems.map((p) => ({ path: `mapping.${p.path}`, message: p.message })),
  );
}
