import { login } from '../harness/http-session.js';

/** The demo tenant's root department, under which the grown company's divisions hang. */
const ROOT = '示例科技';
const PEOPLE_PER_DIVISION = 20;
/** put into 工程部 beside 张三, so his own department line is a big one too */
const EXTRA_IN_ENGINEERING = 35;

const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\n') + '\n';
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/**
 * The org files of a company grown to `total` people from the demo tenant's 5: divisions of
 * 20 under the root, each with a head position held by its first person, and 35 more staff in
 * 工程部. Pure: the three CSV sheets as the org import reads them.
 */
export function grownOrgSheets(
  total: number,
  existing = 5,
): { departments: string; positions: string; users: string } {
  const toAdd = Math.max(0, total - existing);
  const inEngineering = Math.min(EXTRA_IN_ENGINEERING, toAdd);
  const divisions = Math.ceil((toAdd - inEngineering) / PEOPLE_PER_DIVISION);
  const divisionName = (d: number) => `事业部${String(d + 1).padStart(3, '0')}`;
  const departments = [['部门名称', '上级部门']];
  const positions = [['岗位名称', '所属部门', '是否负责人']];
  for (let d = 0; d < divisions; d++) {
    departments.push([divisionName(d), ROOT]);
    positions.push([`${divisionName(d)}经理`, divisionName(d), '是']);
  }
  const users = [['账号', '姓名', '部门', '职级', '岗位']];
  for (let i = 0; i < inEngineering; i++)
    users.push([`eng.${i + 1}`, `工程师${i + 1}`, '工程部', '职员', '']);
  for (let i = 0; i < toAdd - inEngineering; i++) {
    const d = Math.floor(i / PEOPLE_PER_DIVISION);
    const head = i % PEOPLE_PER_DIVISION === 0;
    users.push([
      `staff.${i + 1}`,
      `员工${i + 1}`,
      divisionName(d),
      head ? '主管级' : '职员',
      head ? `${divisionName(d)}经理` : '',
    ]);
  }
  return { departments: csv(departments), positions: csv(positions), users: csv(users) };
}

/**
 * Grows the demo tenant of the server at `baseUrl` to `total` people through the org import, as
 * an administrator would (departments, then positions, then people), so the org snapshot the
 * engine resolves approvers from is that big.
 */
export async function growDemoOrg(baseUrl: string, total: number): Promise<void> {
  const admin = await login(baseUrl, 'admin');
  const sheets = grownOrgSheets(total);
  for (const sheet of ['departments', 'positions', 'users'] as const) {
    const r = await admin.mutate('org.import', {
      format: 'csv',
      sheet,
      contentBase64: base64(sheets[sheet]),
      dryRun: false,
    });
    if (!r.ok) throw new Error(`the org import of ${sheet} was refused: ${r.status} ${r.raw.slice(0, 2000)}`);
  }
}
