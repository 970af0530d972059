import type { Command } from 'commander';
import { resolveCatalog } from '@signoff/api';
import { CATALOG_DEMO_ORGS, createCatalogTenant } from '@signoff/api/demo';
import {
  findTenantByCode,
  listPublishedTemplates,
  loadOrgSnapshot,
  migrate,
  openDatabase,
  withAppRole,
  withTenant,
  type Database,
} from '@signoff/db';
import {
  parseRouteText,
  type RouteTextBranch,
  type RouteTextContext,
  type RouteTextResult,
  type RouteTextStep,
} from '@signoff/route-text';
import type { FormModel } from '@signoff/schema';

interface ParseFlags {
  catalog?: string;
  tenant?: string;
  flow?: string;
  text?: string;
  json?: boolean;
  lang: string;
  dataDir: string;
}

const out = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

/** The org of a tenant and, with a flow, the form of its published template of that key. */
async function contextOf(
  db: Database,
  tenantId: string,
  code: string,
  flowKey: string | undefined,
): Promise<RouteTextContext> {
  return withTenant(db, tenantId, async (tx) => {
    const org = await loadOrgSnapshot(tx, tenantId);
    if (flowKey === undefined) return { org };
    const t = (await listPublishedTemplates(tx, tenantId)).find((x) => x.key === flowKey);
    if (!t)
      throw new Error(
        `企业「${code}」没有已发布的模板「${flowKey}」 / the company "${code}" has no published template "${flowKey}"`,
      );
    return { org, form: t.formModel as FormModel };
  });
}

/**
 * A starter catalog's demo tenant, made as \`signoff simulate\` makes it: the catalog imported into a
 * fresh in-memory tenant with its demo org, so the org read is the one a company importing it gets.
 */
async function fromCatalog(code: string, flow: string | undefined): Promise<RouteTextContext> {
  if (!CATALOG_DEMO_ORGS[code]) {
    const codes = Object.keys(CATALOG_DEMO_ORGS).join(', ');
    throw new Error(
      `没有名为「${code}」的模板目录（可用：${codes}） / there is no catalog "${code}" (available: ${codes})`,
    );
  }
  const catalog = await resolveCatalog(code);
  const files = catalog.templates.map((x) => x.file);
  const template =
    flow === undefined
      ? undefined
      : files.find((x) => x.key === flow || x.seed?.title === flow || x.title.zh === flow);
  if (flow !== undefined && !template) {
    throw new Error(
      `目录「${code}」中没有流程「${flow}」（流程：${files.map((x) => x.seed?.title ?? x.key).join('、')}） / the catalog "${code}" has no flow "${flow}"`,
    );
  }
  const db = await openDatabase({ dataDir: 'memory' });
  try {
    await migrate(db);
    let n = 0;
    const { tenantId } = await createCatalogTenant(
      { db, clock: () => new Date(), newId: () => `route-${++n}` },
      { catalog, tenantCode: `route-${code}`, passwordHash: null },
    );
    return await contextOf(db, tenantId, code, template?.key);
  } finally {
    await db.close();
  }
}

/** A company's org as its database holds it now. */
async function fromTenant(
  code: string,
  flow: string | undefined,
  dataDir: string,
): Promise<RouteTextContext> {
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
  try {
    await migrate(db);
    const tenant = await withAppRole(db, (tx) => findTenantByCode(tx, code));
    if (!tenant) throw new Error(`没有企业代码为「${code}」的企业 / no company with the code "${code}"`);
    return await contextOf(db, tenant.id, code, flow);
  } finally {
    await db.close();
  }
}

/** The CLI contract: steps, branches, and unplaced words with their reason in one language. */
export function routeParseJson(result: RouteTextResult, lang: 'zh' | 'en') {
  return {
    steps: result.steps,
    branches: result.branches,
    unplaced: result.unplaced.map((u) => ({ text: u.text, reason: u.reason[lang] })),
  };
}

const KIND = {
  approve: { zh: '审批', en: 'approve' },
  notify: { zh: '抄送', en: 'copy' },
  handle: { zh: '办理', en: 'handle' },
} as const;

function listing(result: RouteTextResult, lang: 'zh' | 'en'): string {
  const lines: string[] = [];
  const step = (s: RouteTextStep, indent: string, i: number) =>
    lines.push(
      `${indent}${i + 1}. [${KIND[s.kind][lang]}] ${s.name} → ${s.positions.join('、')}${s.when ? (lang === 'zh' ? `（仅当：${s.when}）` : ` (only when: ${s.when})`) : ''}`,
    );
  const block = (steps: RouteTextStep[], branches: RouteTextBranch[], indent: string) => {
    steps.forEach((s, i) => {
      for (const b of branches.filter((x) => x.after === i)) branch(b, indent);
      step(s, indent, i);
    });
    for (const b of branches.filter((x) => x.after >= steps.length)) branch(b, indent);
  };
  const branch = (b: RouteTextBranch, indent: string) => {
    lines.push(`${indent}${lang === 'zh' ? '分支' : 'branch'}: ${b.name}`);
    for (const p of b.paths) {
      lines.push(`${indent}  ${p.when}${p.isDefault ? (lang === 'zh' ? '（默认）' : ' (default)') : ''}:`);
      block(p.steps, p.branches, `${indent}    `);
    }
  };
  lines.push(lang === 'zh' ? '步骤：' : 'Steps:');
  block(result.steps, result.branches, '  ');
  if (result.unplaced.length > 0) {
    lines.push(lang === 'zh' ? '未能放入流程：' : 'Not placed:');
    for (const u of result.unplaced) lines.push(`  「${u.text}」 ${u.reason[lang]}`);
  }
  return lines.join('\n');
}

/** `signoff route parse`: a draft route from a line of Chinese, against a catalog's demo org or a company's own. */
export function registerRouteCommands(program: Command): void {
  const route = program.command('route').description('approval routes from text');
  route
    .command('parse')
    .description(
      "read a line of route text (相关人员填写→部门经理审核→…) into steps on a catalog's demo org or a company's org",
    )
    .option('--catalog <code>', 'real-estate or small-company: its demo org')
    .option('--tenant <code>', "a company's code: its org in the database")
    .option(
      '--flow <flow>',
      "read conditions against this flow's form (catalog: seed title or key; tenant: template key)",
    )
    .option('--text <line>', 'the route as one line of text')
    .option('--json', 'print {"steps","branches","unplaced"}')
    .option('--lang <lang>', 'zh or en, for reasons and the listing', 'zh')
    .option(
      '--data-dir <dir>',
      'with --tenant: where the embedded database keeps its files (ignored with DATABASE_URL)',
      './data/pglite',
    )
    .addHelpText(
      'after',
      `
Examples:
  signoff route parse --catalog real-estate --text "相关人员填写部门经理审核财务部审核分管领导审核董事长审批财务出纳" --json
  signoff route parse --catalog real-estate --flow 用印审批 --text "财务部审核(涉及金额)董事长审批加盖印章"
  signoff route parse --tenant demo --text "部门经理审核→总经理审批" --lang en`,
    )
    .action(async (f: ParseFlags) => {
      const lang = f.lang === 'en' ? 'en' : 'zh';
      if ((f.catalog === undefined) === (f.tenant === undefined)) {
        throw new Error(
          '请给出 --catalog <code> 或 --tenant <code> 之一 / give one of --catalog <code> or --tenant <code>',
        );
      }
      if (f.text === undefined || f.text.trim() === '')
        throw new Error('请用 --text "<流程描述>" 给出流程文字 / give the route text with --text "<line>"');
      const ctx =
        f.catalog !== undefined
          ? await fromCatalog(f.catalog, f.flow)
          : await fromTenant(f.tenant ?? '', f.flow, f.dataDir);
      const result = parseRouteText(f.text, ctx);
      out(f.json ? JSON.stringify(routeParseJson(result, lang), null, 2) : listing(result, lang));
      const placed = result.flow.nodes.some(
        (n) => n.type === 'approve' || n.type === 'notify' || n.type === 'handle',
      );
      if (!placed)
        throw new Error('文字中没有能放入流程的步骤 / nothing in the text could be placed as a step');
    });
}
