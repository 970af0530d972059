import {
  countSimulationCases,
  deleteSimulationCase,
  getDraft,
  listSimulationCases,
  loadOrgSnapshot,
  saveSimulationCase,
  type Queryable,
  type SimulationCase,
  type SimulationCaseApplicant,
  type SimulationCaseStep,
} from '@signoff/db';
import { AppError, errors, type FieldErrorMessage } from '../trpc/app-error.js';
import type { Viewer } from '../auth/viewer.js';
import type { ServiceContext } from '../trpc/service-context.js';
import { requireTemplateAccess } from '../templates/template-access-service.js';

const TEMPLATE = { zh: '表单', en: 'The form' };
const CASE = { zh: '测试用例', en: 'The test case' };

/** Enough for every branch of a large route several times over; bounds what a client can park here. */
export const MAX_CASES_PER_TEMPLATE = 50;
export const MAX_CASE_NAME = 80;
/** Sample form data, not attachments: 64 KB of JSON is far beyond a real form's answers. */
export const MAX_FORM_DATA_BYTES = 64 * 1024;

export interface SaveCaseInput {
  templateId: string;
  /** replaces that case of the template; absent: a new case */
  caseId?: string | undefined;
  name: string;
  applicant: SimulationCaseApplicant;
  formData: Record<string, unknown>;
  expected: SimulationCaseStep[];
}

export type SimulationCaseOut = Omit<SimulationCase, 'templateId'>;

const out = ({ templateId: _t, ...c }: SimulationCase): SimulationCaseOut => c;

/** The template of this tenant, then the caller's design right on it: the same gate as forms.saveDraft. */
async function designable(tx: Queryable, viewer: Viewer, templateId: string): Promise<void> {
  if (!(await getDraft(tx, viewer.tenantId, templateId))) throw errors.notFound(TEMPLATE);
  await requireTemplateAccess(tx, viewer.tenantId, viewer.userId, templateId, 'editor');
}

/** What zod cannot say in both languages: a blank or long name, data too large, an applicant not in the org. */
async function inputProblems(
  tx: Queryable,
  tenantId: string,
  input: SaveCaseInput,
): Promise<FieldErrorMessage[]> {
  const problems: FieldErrorMessage[] = [];
  const name = input.name.trim();
  if (name.length === 0)
    problems.push({ path: 'name', message: { zh: '请填写用例名称', en: 'Give the test case a name' } });
  if (name.length > MAX_CASE_NAME) {
    problems.push({
      path: 'name',
      message: {
        zh: `用例名称最多 ${MAX_CASE_NAME} 个字`,
        en: `A test case name has at most ${MAX_CASE_NAME} characters`,
      },
    });
  }
  const bytes = new TextEncoder().encode(JSON.stringify(input.formData)).length;
  if (bytes > MAX_FORM_DATA_BYTES) {
    problems.push({
      path: 'formData',
      message: {
        zh: `示例数据过大（${Math.ceil(bytes / 1024)} KB，上限 64 KB）`,
        en: `The sample data is too large (${Math.ceil(bytes / 1024)} KB; the limit is 64 KB)`,
      },
    });
  }
  const org = await loadOrgSnapshot(tx, tenantId);
  const a = input.applicant;
  if ('userId' in a) {
    if (!org.users.some((u) => u.id === a.userId))
      problems.push({
        path: 'applicant.userId',
        message: { zh: '申请人不在组织中', en: 'The applicant is not in the org' },
      });
  } else {
    if (!org.departments.some((d) => d.id === a.departmentId)) {
      problems.push({
        path: 'applicant.departmentId',
        message: { zh: '申请人的部门不存在', en: "The applicant's department does not exist" },
      });
    }
    if (a.rankId !== null && !org.ranks.some((r) => r.id === a.rankId)) {
      problems.push({
        path: 'applicant.rankId',
        message: { zh: '申请人的职级不存在', en: "The applicant's rank does not exist" },
      });
    }
  }
  return problems;
}

/** A template's saved simulations, for its designers. */
export function listCasesOp(
  ctx: ServiceContext,
  input: { templateId: string },
): Promise<SimulationCaseOut[]> {
  const { viewer } = ctx;
  return ctx.tx(async (tx) => {
    await designable(tx, viewer, input.templateId);
    return (await listSimulationCases(tx, viewer.tenantId, input.templateId)).map(out);
  });
}

/** Saves a simulation as a test case of the template; bad input is refused whole and nothing is stored. */
export function saveCaseOp(ctx: ServiceContext, input: SaveCaseInput): Promise<SimulationCaseOut> {
  const { deps, viewer } = ctx;
  const { tenantId, userId } = viewer;
  return ctx.tx(async (tx) => {
    await designable(tx, viewer, input.templateId);
    const problems = await inputProblems(tx, tenantId, input);
    if (problems.length > 0) throw errors.invalidForm(problems);
    const existing = await listSimulationCases(tx, tenantId, input.templateId);
    const replaced = input.caseId === undefined ? undefined : existing.find((c) => c.id === input.caseId);
    if (input.caseId !== undefined && !replaced) throw errors.notFound(CASE);
    if (!replaced && (await countSimulationCases(tx, tenantId, input.templateId)) >= MAX_CASES_PER_TEMPLATE) {
      throw new AppError('bad_request', 'errors.tooManySimulationCases', {
        zh: `每个表单最多保存 ${MAX_CASES_PER_TEMPLATE} 个测试用例，请先删除不再需要的`,
        en: `A form keeps at most ${MAX_CASES_PER_TEMPLATE} test cases; delete one you no longer need first`,
      });
    }
    const saved: SimulationCase = {
      id: replaced?.id ?? deps.newId(),
      templateId: input.templateId,
      name: input.name.trim(),
      applicant: input.applicant,
      formData: input.formData,
      expected: input.expected,
      createdAt: replaced?.createdAt ?? deps.clock().toISOString(),
      createdBy: replaced?.createdBy ?? userId,
    };
    await saveSimulationCase(tx, tenantId, saved);
    return out(saved);
  });
}

export function deleteCaseOp(
  ctx: ServiceContext,
  input: { templateId: string; caseId: string },
): Promise<{ ok: true }> {
  const { viewer } = ctx;
  return ctx.tx(async (tx) => {
    await designable(tx, viewer, input.templateId);
    if (!(await deleteSimulationCase(tx, viewer.tenantId, input.templateId, input.caseId)))
      throw errors.notFound(CASE);
    return { ok: true as const };
  });
}
